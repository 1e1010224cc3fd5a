using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

[Collection(Neo4jServerCollection.Name)]
public sealed class Neo4jHttpTransactionTests(Neo4jServerFixture server)
{
    private readonly Dictionary<string, object?> run = new() { ["run"] = Guid.NewGuid().ToString("N") };

    [Fact]
    public async Task Writes_become_visible_to_others_only_when_committed()
    {
        await using var client = TestClients.For(server);

        await using (var transaction = await client.BeginTransactionAsync())
        {
            await transaction.RunAsync(new Neo4jStatement("CREATE (:ClientTxProbe {run: $run})", run));
            Assert.Equal(1L, await CountInAsync(transaction));
            Assert.Equal(0L, await CountAsync(client));

            await transaction.CommitAsync();
        }

        Assert.Equal(1L, await CountAsync(client));
    }

    [Fact]
    public async Task Rolled_back_writes_disappear()
    {
        await using var client = TestClients.For(server);
        await using var transaction = await client.BeginTransactionAsync();
        await transaction.RunAsync(new Neo4jStatement("CREATE (:ClientTxProbe {run: $run})", run));

        await transaction.RollbackAsync();

        Assert.Equal(0L, await CountAsync(client));
        await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.CommitAsync());
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        await using var client = TestClients.For(server);

        await using (var transaction = await client.BeginTransactionAsync())
        {
            await transaction.RunAsync(new Neo4jStatement("CREATE (:ClientTxProbe {run: $run})", run));
        }

        Assert.Equal(0L, await CountAsync(client));
    }

    [Fact]
    public async Task A_failed_statement_rolls_back_the_whole_transaction()
    {
        await using var client = TestClients.For(server);
        await using var transaction = await client.BeginTransactionAsync();
        await transaction.RunAsync(new Neo4jStatement("CREATE (:ClientTxProbe {run: $run})", run));

        var failure = await Assert.ThrowsAsync<Neo4jException>(
            () => transaction.RunAsync(new Neo4jStatement("RETURN 1 / $zero", new Dictionary<string, object?> { ["zero"] = 0 })));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", failure.Code);
        Assert.Equal(0L, await CountAsync(client));
        await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.RunAsync(new Neo4jStatement("RETURN 1")));
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task Runs_several_statements_in_one_request_within_the_transaction()
    {
        await using var client = TestClients.For(server);
        await using var transaction = await client.BeginTransactionAsync();

        var results = await transaction.RunAsync(
        [
            new Neo4jStatement("CREATE (:ClientTxProbe {run: $run, n: 1})", run),
            new Neo4jStatement("CREATE (:ClientTxProbe {run: $run, n: 2})", run),
            new Neo4jStatement("MATCH (p:ClientTxProbe {run: $run}) RETURN sum(p.n) AS total", run),
        ]);
        await transaction.CommitAsync();

        Assert.Equal(3L, Assert.Single(results[2].Records).GetValue("total"));
        Assert.Equal(2L, await CountAsync(client));
    }

    private async Task<long> CountAsync(INeo4jClient client) =>
        (long)(await client.RunAsync(new Neo4jStatement(CountQuery, run))).Records.Single().GetValue("n")!;

    private async Task<long> CountInAsync(INeo4jTransaction transaction) =>
        (long)(await transaction.RunAsync(new Neo4jStatement(CountQuery, run))).Records.Single().GetValue("n")!;

    private const string CountQuery = "MATCH (p:ClientTxProbe {run: $run}) RETURN count(p) AS n";
}
