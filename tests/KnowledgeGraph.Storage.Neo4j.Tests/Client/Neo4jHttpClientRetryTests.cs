using System.Net;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

public sealed class Neo4jHttpClientRetryTests : IDisposable
{
    private const string Deadlock = "Neo.TransientError.Transaction.DeadlockDetected";
    private const string OneRow = """{"results":[{"columns":["x"],"data":[{"row":[1],"meta":[null]}]}],"errors":[]}""";
    private const string Opened = """{"commit":"http://localhost:7474/db/neo4j/tx/7/commit","results":[],"errors":[]}""";

    private readonly ScriptedNeo4jHandler handler = new();

    [Fact]
    public async Task Retries_a_transient_error_until_the_statement_succeeds()
    {
        handler.Enqueue(() => ScriptedNeo4jHandler.Error(Deadlock, "deadlock"));
        handler.Enqueue(() => ScriptedNeo4jHandler.Error(Deadlock, "deadlock"));
        handler.Enqueue(() => ScriptedNeo4jHandler.Json(OneRow));
        await using var client = TestClients.For(handler);

        var result = await client.RunAsync(new Neo4jStatement("RETURN 1 AS x"));

        Assert.Equal(1L, Assert.Single(result.Records).GetValue("x"));
        Assert.Equal(3, handler.Statements.Count());
        Assert.All(handler.Statements, request => Assert.Equal("/db/neo4j/tx/commit", request.Uri.AbsolutePath));
    }

    [Fact]
    public async Task Does_not_retry_a_client_error()
    {
        handler.Enqueue(() => ScriptedNeo4jHandler.Error("Neo.ClientError.Statement.SyntaxError", "bad"));
        handler.Enqueue(() => ScriptedNeo4jHandler.Json(OneRow));
        await using var client = TestClients.For(handler);

        var failure = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("RETRUN 1")));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", failure.Code);
        Assert.Single(handler.Statements);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_number_of_retries()
    {
        for (var i = 0; i < 5; i++)
        {
            handler.Enqueue(() => ScriptedNeo4jHandler.Error(Deadlock, "deadlock"));
        }

        await using var client = TestClients.For(handler, options => options.MaxRetries = 2);

        var failure = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.Equal(Deadlock, failure.Code);
        Assert.True(failure.IsTransient);
        Assert.Equal(3, handler.Statements.Count());
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task Retries_when_the_server_or_a_proxy_is_unavailable(HttpStatusCode status)
    {
        handler.Enqueue(() => new HttpResponseMessage(status));
        handler.Enqueue(() => ScriptedNeo4jHandler.Json(OneRow));
        await using var client = TestClients.For(handler);

        var result = await client.RunAsync(new Neo4jStatement("RETURN 1 AS x"));

        Assert.Single(result.Records);
        Assert.Equal(2, handler.Statements.Count());
    }

    [Fact]
    public async Task Retries_when_the_connection_is_refused()
    {
        handler.Enqueue(ScriptedNeo4jHandler.Refuses);
        handler.Enqueue(() => ScriptedNeo4jHandler.Json(OneRow));
        await using var client = TestClients.For(handler);

        var result = await client.RunAsync(new Neo4jStatement("RETURN 1 AS x"));

        Assert.Single(result.Records);
    }

    [Fact]
    public async Task Does_not_retry_a_gateway_timeout_since_the_statement_may_have_run()
    {
        handler.Enqueue(() => new HttpResponseMessage(HttpStatusCode.GatewayTimeout));
        await using var client = TestClients.For(handler);

        var failure = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.False(failure.IsTransient);
        Assert.Contains("HTTP 504", failure.Message, StringComparison.Ordinal);
        Assert.Single(handler.Statements);
    }

    [Fact]
    public async Task Retries_opening_a_transaction_but_never_a_commit()
    {
        handler.Enqueue(() => ScriptedNeo4jHandler.Error(Deadlock, "busy"));
        handler.Enqueue(() => Created(Opened));
        handler.Enqueue(() => ScriptedNeo4jHandler.Error(Deadlock, "deadlock at commit"));
        handler.Enqueue(() => ScriptedNeo4jHandler.Json(OneRow));
        await using var client = TestClients.For(handler);
        await using var transaction = await client.BeginTransactionAsync();

        var failure = await Assert.ThrowsAsync<Neo4jException>(() => transaction.CommitAsync());

        Assert.True(failure.IsTransient);
        Assert.Equal(
            ["/db/neo4j/tx", "/db/neo4j/tx", "/db/neo4j/tx/7/commit"],
            handler.Statements.Select(request => request.Uri.AbsolutePath));
    }

    [Fact]
    public async Task Does_not_retry_a_statement_inside_a_transaction()
    {
        handler.Enqueue(() => Created(Opened));
        handler.Enqueue(() => ScriptedNeo4jHandler.Error(Deadlock, "deadlock"));
        handler.Enqueue(() => ScriptedNeo4jHandler.Json(OneRow));
        await using var client = TestClients.For(handler);
        await using var transaction = await client.BeginTransactionAsync();

        await Assert.ThrowsAsync<Neo4jException>(() => transaction.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.Equal(["/db/neo4j/tx", "/db/neo4j/tx/7"], handler.Statements.Select(request => request.Uri.AbsolutePath));
    }

    [Fact]
    public async Task Retries_a_stream_that_failed_before_its_first_record()
    {
        handler.Enqueue(() => ScriptedNeo4jHandler.Error(Deadlock, "deadlock"));
        handler.Enqueue(() => ScriptedNeo4jHandler.Json(OneRow));
        await using var client = TestClients.For(handler);

        var records = await client.StreamAsync(new Neo4jStatement("RETURN 1 AS x")).ToListAsync();

        Assert.Equal(1L, Assert.Single(records).GetValue("x"));
        Assert.Equal(2, handler.Statements.Count());
    }

    [Fact]
    public async Task Waits_exponentially_longer_with_jitter_between_retries()
    {
        var policy = new Neo4jRetryPolicy(5, TimeSpan.FromMilliseconds(100), TimeProvider.System);

        for (var retry = 0; retry < 5; retry++)
        {
            var full = Math.Min(100 * Math.Pow(2, retry), 10_000);
            var delays = Enumerable.Range(0, 50).Select(_ => policy.DelayBefore(retry).TotalMilliseconds).ToList();
            Assert.All(delays, delay => Assert.InRange(delay, full / 2, full));
            Assert.True(delays.Distinct().Count() > 1, "The delays should vary.");
        }
    }

    public void Dispose() => handler.Dispose();

    private static HttpResponseMessage Created(string body)
    {
        var response = ScriptedNeo4jHandler.Json(body, HttpStatusCode.Created);
        response.Headers.Location = new Uri("http://localhost:7474/db/neo4j/tx/7");
        return response;
    }
}
