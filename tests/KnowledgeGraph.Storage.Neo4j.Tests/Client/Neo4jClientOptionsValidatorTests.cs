using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

public sealed class Neo4jClientOptionsValidatorTests
{
    public static TheoryData<Action<Neo4jClientOptions>, string> InvalidSettings => new()
    {
        { options => options.Uri = new Uri("/relative", UriKind.Relative), "Uri must be an absolute http or https URL" },
        { options => options.Uri = new Uri("bolt://127.0.0.1:7687"), "Uri must be an absolute http or https URL" },
        { options => options.Database = " ", "Database must name a database" },
        { options => options.RequestTimeout = TimeSpan.Zero, "RequestTimeout must be positive" },
        { options => options.MaxRetries = -1, "MaxRetries must be zero or more" },
        { options => options.RetryBaseDelay = TimeSpan.FromSeconds(-1), "RetryBaseDelay must be zero or more" },
        { options => (options.User, options.Password) = ("", "secret"), "User must be set when Password is" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Rejects_settings_the_client_cannot_work_with(Action<Neo4jClientOptions> breakIt, string rule)
    {
        var options = new Neo4jClientOptions();
        breakIt(options);

        var failure = Assert.Throws<ArgumentException>(() => Neo4jClientOptionsValidator.Validate(options));

        Assert.Contains($"Neo4jClientOptions.{rule}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_credentials_in_the_uri_without_repeating_them()
    {
        var options = new Neo4jClientOptions { Uri = new Uri("http://neo4j:hunter2-secret@127.0.0.1:7474") };

        var failure = Assert.Throws<ArgumentException>(() => Neo4jClientOptionsValidator.Validate(options));

        Assert.Contains("must not carry credentials", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_the_defaults_and_an_unlimited_timeout()
    {
        Neo4jClientOptionsValidator.Validate(new Neo4jClientOptions());
        Neo4jClientOptionsValidator.Validate(new Neo4jClientOptions { RequestTimeout = Timeout.InfiniteTimeSpan, Password = "p" });
    }
}
