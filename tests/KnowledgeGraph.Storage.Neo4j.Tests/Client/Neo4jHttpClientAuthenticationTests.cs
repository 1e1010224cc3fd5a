using System.Text;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

/// <summary>
/// Runs against a server that checks credentials. Neo4j locks a user out for a few seconds after
/// three wrong passwords in a row, so only one test here sends a wrong password for the real user.
/// </summary>
[Collection(Neo4jAuthenticatedServerCollection.Name)]
public sealed class Neo4jHttpClientAuthenticationTests(Neo4jAuthenticatedServerFixture server)
{
    [Fact]
    public async Task Runs_statements_with_the_right_credentials()
    {
        await using var client = TestClients.For(server);

        var result = await client.RunAsync(new Neo4jStatement("RETURN $greeting AS greeting", new Dictionary<string, object?> { ["greeting"] = "hello" }));
        var info = await client.GetServerInfoAsync();

        Assert.Equal("hello", Assert.Single(result.Records).GetValue("greeting"));
        Assert.True(info.Version.Major >= 3);
    }

    [Fact]
    public async Task A_wrong_password_fails_with_an_authentication_error_that_does_not_repeat_it()
    {
        const string wrongPassword = "wrong-Pa55word-7f3a";
        await using var client = TestClients.For(server, options => options.Password = wrongPassword);

        var failure = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", failure.Code);
        Assert.Contains($"user '{server.User}'", failure.Message, StringComparison.Ordinal);
        AssertDoesNotLeak(failure, server.User, wrongPassword);
    }

    [Fact]
    public async Task An_unknown_user_fails_with_an_authentication_error()
    {
        await using var client = TestClients.For(server, options => (options.User, options.Password) = ("intruder", "guess"));

        var failure = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.Contains("user 'intruder'", failure.Message, StringComparison.Ordinal);
        Assert.False(failure.IsTransient);
    }

    [Fact]
    public async Task Missing_credentials_fail_with_an_authentication_error()
    {
        await using var client = TestClients.For(server, options => options.Password = null);

        var failure = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync(new Neo4jStatement("RETURN 1")));

        Assert.Contains("requires credentials and none are configured", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failures_with_the_right_credentials_do_not_repeat_the_password()
    {
        await using var client = TestClients.For(server);
        await using var unreachable = TestClients.For(server, options =>
        {
            options.Uri = new Uri($"http://127.0.0.1:{FreeTcpPorts.Pick(1)[0]}");
            options.MaxRetries = 0;
        });
        await using var impatient = TestClients.For(server, options => options.RequestTimeout = TimeSpan.FromMilliseconds(500));
        var key = new Dictionary<string, object?> { ["key"] = Guid.NewGuid().ToString("N") };
        await client.RunAsync(new Neo4jStatement("CREATE (:ClientLockProbe {key: $key})", key));
        await impatient.GetServerInfoAsync();
        await using var holder = await client.BeginTransactionAsync();
        await holder.RunAsync(new Neo4jStatement("MATCH (p:ClientLockProbe {key: $key}) SET p.holder = 'transaction'", key));

        var failures = new Exception[]
        {
            await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("RETRUN $secret", Secret()))),
            await Assert.ThrowsAsync<Neo4jException>(() => unreachable.RunAsync(new Neo4jStatement("RETURN 1"))),
            await Assert.ThrowsAsync<TimeoutException>(() => impatient.RunAsync(
                new Neo4jStatement("MATCH (p:ClientLockProbe {key: $key}) SET p.holder = 'waiter'", key))),
        };

        Assert.All(failures, failure => AssertDoesNotLeak(failure, server.User, server.Password!));
    }

    private static Dictionary<string, object?> Secret() => new() { ["secret"] = "x" };

    private static void AssertDoesNotLeak(Exception failure, string user, string password)
    {
        var text = failure.ToString();
        Assert.DoesNotContain(password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")), text, StringComparison.Ordinal);
    }
}
