using System.Diagnostics;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

[Collection(Neo4jServerCollection.Name)]
public sealed class Neo4jHttpClientTimeoutTests(Neo4jServerFixture server)
{
    [Fact]
    public async Task A_statement_waiting_on_a_lock_fails_with_a_timeout()
    {
        var key = new Dictionary<string, object?> { ["key"] = Guid.NewGuid().ToString("N") };
        await using var holder = TestClients.For(server);
        await using var waiter = TestClients.For(server, options => options.RequestTimeout = TimeSpan.FromSeconds(1));
        await holder.RunAsync(new Neo4jStatement("CREATE (:ClientLockProbe {key: $key})", key));
        await waiter.GetServerInfoAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await transaction.RunAsync(new Neo4jStatement("MATCH (p:ClientLockProbe {key: $key}) SET p.holder = 'transaction'", key));
        var clock = Stopwatch.StartNew();

        var timeout = await Assert.ThrowsAsync<TimeoutException>(
            () => waiter.RunAsync(new Neo4jStatement("MATCH (p:ClientLockProbe {key: $key}) SET p.holder = 'waiter'", key)));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.Contains("/commit within 1 s", timeout.Message, StringComparison.Ordinal);
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task A_server_that_never_answers_fails_with_a_timeout()
    {
        using var handler = new ScriptedNeo4jHandler();
        handler.Enqueue(ScriptedNeo4jHandler.NeverAnswers);
        await using var client = TestClients.For(handler, options => options.RequestTimeout = TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAsync<TimeoutException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));
    }

    [Fact]
    public async Task Cancelling_is_not_reported_as_a_timeout()
    {
        using var handler = new ScriptedNeo4jHandler();
        handler.Enqueue(ScriptedNeo4jHandler.NeverAnswers);
        await using var client = TestClients.For(handler);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.RunAsync(new Neo4jStatement("RETURN 1"), cancellation.Token));
    }
}
