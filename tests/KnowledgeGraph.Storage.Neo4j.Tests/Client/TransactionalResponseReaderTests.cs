using System.Text;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

public sealed class TransactionalResponseReaderTests
{
    // Recorded from Neo4j 3.1.1: two statements, the second failing part-way.
    private const string TwoStatements = """
        {"results":[{"columns":["n","s"],"data":[{"row":[{"name":"a \"b\" \\ c"},"x"],"meta":[{"id":0,"type":"node","deleted":false},null]},
        {"row":[{"name":"d"},"y"],"meta":[{"id":1,"type":"node","deleted":false},null]}]},{"columns":["y"],"data":[{"row":[10],"meta":[null]}]}],
        "errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100_000)]
    public async Task Reads_the_same_events_however_the_response_is_split(int bytesPerRead)
    {
        var events = await ReadAllAsync(TwoStatements, bytesPerRead);

        Assert.Equal(
            ["record n=a \"b\" \\ c", "record n=d", "end n,s", "record y=10", "end y", "errors Neo.ClientError.Statement.ArithmeticError"],
            events);
    }

    [Fact]
    public async Task Reads_keys_in_any_order_and_skips_the_ones_it_does_not_know()
    {
        const string reordered = """
            {"lastBookmarks":["FB:x"],"commit":"http://h/db/neo4j/tx/3/commit","notifications":[{"code":"n"}],
             "errors":[],"transaction":{"expires":"soon"},
             "results":[{"stats":{"nodes_created":1},"columns":["x"],"data":[{"meta":[null],"graph":{"nodes":[]},"row":[1]}]}]}
            """;

        var events = await ReadAllAsync(reordered, 3);

        Assert.Equal(["commit http://h/db/neo4j/tx/3/commit", "record x=1", "end x"], events);
    }

    [Fact]
    public async Task Grows_its_buffer_for_a_row_larger_than_the_buffer()
    {
        var large = new string('é', 300_000);

        var events = await ReadAllAsync($$"""{"results":[{"columns":["t"],"data":[{"row":["{{large}}"]}]}],"errors":[]}""", 65_536);

        Assert.Equal([$"record t={large}", "end t"], events);
    }

    [Theory]
    [InlineData("""{"results":[{"columns":["x"],"data":[{"row":[1]}""")]
    [InlineData("")]
    public async Task Reports_a_truncated_response(string truncated)
    {
        var failure = await Assert.ThrowsAsync<Neo4jException>(() => ReadAllAsync(truncated, 5));

        Assert.Contains("ended before its JSON document did", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[1, 2]""", "expected StartObject")]
    [InlineData("""{"results":{}}""", "expected StartArray")]
    [InlineData("""{"results":[{"data":[{"row":[1]}]}]}""", "before its columns")]
    public async Task Reports_a_response_that_is_not_a_transactional_result(string malformed, string detail)
    {
        var failure = await Assert.ThrowsAsync<Neo4jException>(() => ReadAllAsync(malformed, 4));

        Assert.Contains(detail, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_at_the_end_of_the_document()
    {
        var events = await ReadAllAsync("""{"results":[{"columns":["x"],"data":[{"row":[1]}]}],"errors":[]} trailing""", 4);

        Assert.Equal(["record x=1", "end x"], events);
    }

    private static async Task<List<string>> ReadAllAsync(string json, int bytesPerRead)
    {
        using var reader = new TransactionalResponseReader(new TrickleStream(Encoding.UTF8.GetBytes(json), bytesPerRead));
        var events = new List<string>();
        while (await reader.ReadAsync(CancellationToken.None) is { } next)
        {
            events.Add(Describe(next));
        }

        return events;
    }

    private static string Describe(TransactionalResponseEvent next) => next switch
    {
        { Record: { } record } => $"record {record.Keys[0]}={Describe(record.GetValue(0))}",
        { CompletedColumns: { } columns } => $"end {string.Join(',', columns.Names)}",
        { IsError: true } => $"errors {next.Errors[0].GetProperty("code").GetString()}",
        _ => $"commit {next.CommitUri}",
    };

    private static string? Describe(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map["name"]?.ToString(),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
