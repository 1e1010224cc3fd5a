using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

[Collection(Neo4jServerCollection.Name)]
public sealed class Neo4jHttpClientErrorTests(Neo4jServerFixture server)
{
    [Fact]
    public async Task A_syntax_error_keeps_its_neo4j_status_code()
    {
        await using var client = TestClients.For(server);

        var failure = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("RETRUN 1")));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", failure.Code);
        Assert.Equal(Neo4jErrorClassification.ClientError, failure.Classification);
        Assert.False(failure.IsTransient);
        Assert.StartsWith("Neo.ClientError.Statement.SyntaxError: ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_uniqueness_violation_keeps_its_neo4j_status_code()
    {
        await using var client = TestClients.For(server);
        var info = await client.GetServerInfoAsync();
        await client.RunAsync(new Neo4jStatement(info.Version.Major >= 4
            ? "CREATE CONSTRAINT client_unique_probe_key IF NOT EXISTS FOR (p:ClientUniqueProbe) REQUIRE p.key IS UNIQUE"
            : "CREATE CONSTRAINT ON (p:ClientUniqueProbe) ASSERT p.key IS UNIQUE"));
        var key = new Dictionary<string, object?> { ["key"] = Guid.NewGuid().ToString("N") };
        await client.RunAsync(new Neo4jStatement("CREATE (:ClientUniqueProbe {key: $key})", key));

        var failure = await Assert.ThrowsAsync<Neo4jException>(
            () => client.RunAsync(new Neo4jStatement("CREATE (:ClientUniqueProbe {key: $key})", key)));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", failure.Code);
        Assert.Equal(Neo4jErrorClassification.ClientError, failure.Classification);
    }

    [Fact]
    public async Task A_missing_parameter_is_reported_by_the_server()
    {
        await using var client = TestClients.For(server);

        var failure = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("RETURN $absent")));

        Assert.Equal("Neo.ClientError.Statement.ParameterMissing", failure.Code);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_transient_failure()
    {
        var closedPort = FreeTcpPorts.Pick(1)[0];
        await using var client = TestClients.For(server, options =>
        {
            options.Uri = new Uri($"http://127.0.0.1:{closedPort}");
            options.MaxRetries = 1;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });

        var failure = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.True(failure.IsTransient);
        Assert.Null(failure.Code);
        Assert.IsType<HttpRequestException>(failure.InnerException);
    }
}
