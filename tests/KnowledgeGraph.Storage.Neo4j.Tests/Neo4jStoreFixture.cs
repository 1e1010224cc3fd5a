using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// Stores on one Neo4j server per test class. The server has one database, so "fresh and empty" means wiped: every
/// store starts after <c>MATCH (n) DETACH DELETE n</c>, and the tests of a class run one after another.
/// </summary>
public sealed class Neo4jStoreFixture : Neo4jServerFixture, IGraphStoreFixture
{
    public Neo4jStoreOptions Options => new() { Uri = Uri, User = User, Password = Password };

    public async Task<IGraphStore> CreateEmptyStoreAsync(TimeProvider timeProvider)
    {
        await WipeAsync();
        return await Neo4jGraphStore.OpenAsync(Options, timeProvider);
    }

    public Task ReleaseAsync(IGraphStore store) => ((Neo4jGraphStore)store).DisposeAsync().AsTask();

    /// <summary>Deletes every node and relationship, leaving the schema.</summary>
    public async Task WipeAsync()
    {
        await using var client = TestClients.For(this);
        await client.RunAsync(new Neo4jStatement("MATCH (n) DETACH DELETE n"));
    }

    /// <summary>Every node's labels and properties and every relationship, as text, to compare whole graphs.</summary>
    public async Task<IReadOnlyList<string>> DumpAsync()
    {
        await using var client = TestClients.For(this);
        var nodes = await client.RunAsync(new Neo4jStatement("MATCH (n) RETURN labels(n) AS labels, n AS properties"));
        var ties = await client.RunAsync(new Neo4jStatement("MATCH (a)-[t]->(b) RETURN a.id AS a, type(t) AS type, t AS properties, b.id AS b"));
        return [.. nodes.Records.Concat(ties.Records).Select(r => string.Join(" ", r.Keys.Select(k => r[k].GetRawText()))).Order(StringComparer.Ordinal)];
    }
}
