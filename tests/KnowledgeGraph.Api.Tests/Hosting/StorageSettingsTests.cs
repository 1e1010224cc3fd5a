using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class StorageSettingsTests
{
    [Fact]
    public void Neo4j_without_a_uri_stops_the_service_naming_the_key()
    {
        var error = ApiServer.StartupError(new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Storage:Provider"] = "Neo4j",
            ["KnowledgeGraph:Storage:Neo4j:Uri"] = null,
        });

        Assert.Contains("KnowledgeGraph:Storage:Neo4j:Uri", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bolt://127.0.0.1:7687")]
    [InlineData("127.0.0.1:7474")]
    public void Neo4j_with_a_uri_that_is_not_absolute_http_stops_the_service_naming_the_key(string uri)
    {
        var error = ApiServer.StartupError(new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Storage:Provider"] = "Neo4j",
            ["KnowledgeGraph:Storage:Neo4j:Uri"] = uri,
        });

        Assert.Contains("KnowledgeGraph:Storage:Neo4j:Uri", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_neo4j_server_that_cannot_be_reached_stops_the_service_naming_the_setting_without_showing_the_password()
    {
        var error = ApiServer.StartupError(new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Storage:Provider"] = "Neo4j",
            ["KnowledgeGraph:Storage:Neo4j:Uri"] = "http://127.0.0.1:1",
            ["KnowledgeGraph:Storage:Neo4j:Password"] = "s3cret-pa55word",
        });

        Assert.DoesNotContain("s3cret-pa55word", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("KnowledgeGraph:Storage:Neo4j: the store at http://127.0.0.1:1/ cannot be opened", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sqlite_path_that_cannot_be_opened_stops_the_service_naming_the_key_and_the_path()
    {
        var folder = Directory.CreateTempSubdirectory("kg-sqlite-dir-").FullName;
        try
        {
            // A folder where the database file should be: SQLite alone says only "unable to open database file".
            var error = ApiServer.StartupError(new Dictionary<string, string?> { ["KnowledgeGraph:Storage:Sqlite:Path"] = folder });

            Assert.Contains("KnowledgeGraph:Storage:Sqlite:Path", error.ToString(), StringComparison.Ordinal);
            Assert.Contains(folder, error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("KnowledgeGraph:Storage:Sqlite:Pth", "Pth")]
    [InlineData("KnowledgeGraph:Storage:Provder", "Provder")]
    [InlineData("KnowledgeGraph:GraphQL:MaxDept", "MaxDept")]
    [InlineData("KnowledgeGraph:Seed:Enable", "Enable")]
    [InlineData("KnowledgeGraph:Auth:RequireKeyForRead", "RequireKeyForRead")]
    [InlineData("KnowledgeGraph:Cors:AllowedOrigin", "AllowedOrigin")]
    public void A_misspelt_setting_stops_the_service_naming_it_instead_of_leaving_the_default(string key, string name)
    {
        var error = ApiServer.StartupError(new Dictionary<string, string?> { [key] = "1" });

        Assert.Contains($"'{name}'", error.ToString(), StringComparison.Ordinal);
    }
}
