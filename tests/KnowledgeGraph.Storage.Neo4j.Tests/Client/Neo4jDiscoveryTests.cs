using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

public sealed class Neo4jDiscoveryTests : IDisposable
{
    private const string Empty = """{"results":[{"columns":[],"data":[]}],"errors":[]}""";
    private readonly ScriptedNeo4jHandler handler = new();

    [Theory]
    [InlineData("3.1.1", "3.1.1")]
    [InlineData("5.26.0", "5.26.0")]
    [InlineData("5.19.0-aura", "5.19.0")]
    [InlineData("4.4.0-drop04.0", "4.4.0")]
    [InlineData("2025.01.0", "2025.1.0")]
    [InlineData("5", "5.0")]
    public void Reads_server_versions_with_and_without_suffixes(string reported, string expected)
    {
        Assert.Equal(Version.Parse(expected), Neo4jDiscovery.ParseVersion(reported));
    }

    [Fact]
    public void Rejects_a_version_it_cannot_read()
    {
        var failure = Assert.Throws<Neo4jException>(() => Neo4jDiscovery.ParseVersion("dev"));

        Assert.Contains("'dev'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_version_and_edition_from_the_discovery_document_of_neo4j_5()
    {
        await using var client = TestClients.For(handler);

        var info = await client.GetServerInfoAsync();

        Assert.Equal(new Version(5, 26, 0), info.Version);
        Assert.Equal("community", info.Edition);
        Assert.True(info.HasNamedDatabases);
    }

    [Fact]
    public async Task Sends_statements_to_the_configured_database_on_servers_with_named_databases()
    {
        handler.Enqueue(() => ScriptedNeo4jHandler.Json(Empty));
        await using var client = TestClients.For(handler, options => options.Database = "knowledge graph");

        await client.RunAsync(new Neo4jStatement("RETURN 1"));

        Assert.Equal("/db/knowledge%20graph/tx/commit", Assert.Single(handler.Statements).Uri.AbsolutePath);
    }

    [Fact]
    public async Task Keeps_the_configured_host_and_port_when_the_server_advertises_another()
    {
        handler.Enqueue(() => ScriptedNeo4jHandler.Json(Empty));
        await using var client = TestClients.For(handler);

        await client.RunAsync(new Neo4jStatement("RETURN 1"));

        Assert.Equal("http://neo4j.test:7474/db/neo4j/tx/commit", Assert.Single(handler.Statements).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Asks_for_the_discovery_document_once()
    {
        handler.Enqueue(() => ScriptedNeo4jHandler.Json(Empty));
        handler.Enqueue(() => ScriptedNeo4jHandler.Json(Empty));
        await using var client = TestClients.For(handler);

        await client.RunAsync(new Neo4jStatement("RETURN 1"));
        await client.RunAsync(new Neo4jStatement("RETURN 2"));
        await client.GetServerInfoAsync();

        Assert.Single(handler.Requests, request => request.Method == HttpMethod.Get);
    }

    [Fact]
    public async Task Sends_statement_parameters_and_asks_for_rows_only()
    {
        handler.Enqueue(() => ScriptedNeo4jHandler.Json(Empty));
        await using var client = TestClients.For(handler);

        await client.RunAsync(new Neo4jStatement("RETURN $name", new Dictionary<string, object?> { ["name"] = "x" }));

        Assert.Equal(
            """{"statements":[{"statement":"RETURN $name","parameters":{"name":"x"},"resultDataContents":["row"]}]}""",
            Assert.Single(handler.Statements).Body);
    }

    public void Dispose() => handler.Dispose();
}
