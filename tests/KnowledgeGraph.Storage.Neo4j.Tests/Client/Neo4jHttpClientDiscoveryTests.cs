using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

[Collection(Neo4jServerCollection.Name)]
public sealed class Neo4jHttpClientDiscoveryTests(Neo4jServerFixture server)
{
    [Fact]
    public async Task Reports_the_version_the_server_gives_through_cypher()
    {
        await using var client = TestClients.For(server);

        var info = await client.GetServerInfoAsync();
        var components = await client.RunAsync(new Neo4jStatement(
            "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version"));

        var reported = Neo4jDiscovery.ParseVersion(components.Records.Single().Get<string>("version")!);
        Assert.Equal(reported, info.Version);
        Assert.Equal(info.Version.Major >= 4, info.HasNamedDatabases);
    }

}
