using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>A listening address that cannot be used stops the service before it creates or seeds a database.</summary>
public sealed class ServerUrlsTests
{
    [Theory]
    [InlineData("notaurl")]
    [InlineData("http://127.0.0.1:99999")]
    [InlineData("ftp://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080;nonsense")]
    public void A_bad_url_stops_the_service_naming_the_setting_and_leaves_no_database(string urls)
    {
        var folder = Directory.CreateTempSubdirectory("kg-urls-").FullName;
        try
        {
            var database = Path.Combine(folder, "graph.db");

            var error = ApiServer.StartupError(new Dictionary<string, string?>
            {
                ["urls"] = urls,
                ["KnowledgeGraph:Storage:Sqlite:Path"] = database,
            });

            Assert.Contains("Urls", error.ToString(), StringComparison.Ordinal);
            Assert.False(File.Exists(database), "the database was created before the service found it could not listen");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
