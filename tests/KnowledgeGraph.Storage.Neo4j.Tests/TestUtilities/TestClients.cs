using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>Builds the client under test for a server fixture or a scripted handler.</summary>
internal static class TestClients
{
    public static Neo4jHttpClient For(Neo4jServerFixture server, Action<Neo4jClientOptions>? configure = null)
    {
        var options = new Neo4jClientOptions { Uri = server.Uri, User = server.User, Password = server.Password };
        configure?.Invoke(options);
        return new Neo4jHttpClient(options);
    }

    public static Neo4jHttpClient For(HttpMessageHandler handler, Action<Neo4jClientOptions>? configure = null)
    {
        var options = new Neo4jClientOptions { Uri = new Uri("http://neo4j.test:7474"), RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        configure?.Invoke(options);
        return new Neo4jHttpClient(options, handler, TimeProvider.System);
    }
}
