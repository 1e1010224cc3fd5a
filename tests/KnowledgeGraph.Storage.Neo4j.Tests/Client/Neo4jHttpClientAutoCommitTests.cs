using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

[Collection(Neo4jServerCollection.Name)]
public sealed class Neo4jHttpClientAutoCommitTests(Neo4jServerFixture server)
{
    public static TheoryData<string> AwkwardTexts => new()
    {
        "it's \"quoted\"",
        @"back\slash \n not a newline \\",
        "line one\nline two\r\nline three\ttabbed",
        "Ünïcödé: 中文, العربية, emoji 🎉",
        "'}) DETACH DELETE n //",
        "\"}) MATCH (m) DETACH DELETE m RETURN 1 //",
        "$injected {name: 'x'}",
        "",
    };

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public async Task Stores_parameter_values_literally(string text)
    {
        await using var client = TestClients.For(server);
        var run = Guid.NewGuid().ToString("N");

        await client.RunAsync(new Neo4jStatement(
            "CREATE (p:ClientLiteralProbe {run: $run, text: $text})",
            new Dictionary<string, object?> { ["run"] = run, ["text"] = text }));
        var stored = await client.RunAsync(new Neo4jStatement(
            "MATCH (p:ClientLiteralProbe {run: $run}) RETURN p.text AS text",
            new Dictionary<string, object?> { ["run"] = run }));

        Assert.Equal(text, Assert.Single(stored.Records).Get<string>("text"));
    }

    [Fact]
    public async Task Converts_values_by_column_name_and_position()
    {
        await using var client = TestClients.For(server);

        var result = await client.RunAsync(new Neo4jStatement(
            "RETURN 'text' AS s, 42 AS i, 1.5 AS f, true AS b, null AS n, [1, 'two', [3]] AS l, {k: 'v', nested: {x: 1}} AS m"));

        var record = Assert.Single(result.Records);
        Assert.Equal(["s", "i", "f", "b", "n", "l", "m"], result.Keys);
        Assert.Equal("text", record.GetValue("s"));
        Assert.Equal(42L, record.GetValue(1));
        Assert.Equal(1.5, record.GetValue("f"));
        Assert.Equal(true, record.GetValue("b"));
        Assert.Null(record.GetValue("n"));
        Assert.Equal(new object?[] { 1L, "two", new List<object?> { 3L } }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(record.GetValue("l")));
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(record.GetValue("m"));
        Assert.Equal("v", map["k"]);
        Assert.Equal(1L, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["nested"])["x"]);
        Assert.Equal(42L, record.Get<long>("i"));
        Assert.Throws<KeyNotFoundException>(() => record["missing"]);
    }

    [Fact]
    public async Task Returns_nodes_and_relationships_as_maps_of_their_properties()
    {
        await using var client = TestClients.For(server);
        var run = Guid.NewGuid().ToString("N");

        var result = await client.RunAsync(new Neo4jStatement(
            "CREATE (a:ClientGraphProbe {run: $run, name: 'a'})-[t:CLIENT_TIE {weight: 2}]->(b:ClientGraphProbe {run: $run, name: 'b'}) RETURN a, t, b",
            new Dictionary<string, object?> { ["run"] = run }));

        var record = Assert.Single(result.Records);
        Assert.Equal("a", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(record.GetValue("a"))["name"]);
        Assert.Equal(2L, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(record.GetValue("t"))["weight"]);
        Assert.Equal("b", record["b"].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Keeps_floats_that_have_whole_values_as_floats()
    {
        await using var client = TestClients.For(server);

        var result = await client.RunAsync(new Neo4jStatement(
            "RETURN $whole AS whole, toString($whole) AS text, $integer AS integer",
            new Dictionary<string, object?> { ["whole"] = 2.0, ["integer"] = 2 }));

        var record = Assert.Single(result.Records);
        Assert.Equal(2.0, Assert.IsType<double>(record.GetValue("whole")));
        Assert.Equal("2.0", record.GetValue("text"));
        Assert.Equal(2L, Assert.IsType<long>(record.GetValue("integer")));
    }

    [Fact]
    public async Task Returns_one_result_per_statement_in_order()
    {
        await using var client = TestClients.For(server);

        var results = await client.RunAsync(
        [
            new Neo4jStatement("UNWIND [1, 2, 3] AS x RETURN x"),
            new Neo4jStatement("RETURN $word AS word", new Dictionary<string, object?> { ["word"] = "second" }),
            new Neo4jStatement("MATCH (n:ClientNothingHere) RETURN n"),
        ]);

        Assert.Equal(3, results.Count);
        Assert.Equal([1L, 2L, 3L], results[0].Records.Select(r => r.GetValue("x")));
        Assert.Equal("second", Assert.Single(results[1].Records).GetValue("word"));
        Assert.Equal(["n"], results[2].Keys);
        Assert.Empty(results[2].Records);
    }

    [Fact]
    public async Task Commits_several_statements_together_or_not_at_all()
    {
        await using var client = TestClients.For(server);
        var run = new Dictionary<string, object?> { ["run"] = Guid.NewGuid().ToString("N") };

        var failure = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(
        [
            new Neo4jStatement("CREATE (:ClientAtomicProbe {run: $run})", run),
            new Neo4jStatement("UNWIND [1, 0] AS x RETURN 1 / x", run),
        ]));
        var left = await client.RunAsync(new Neo4jStatement("MATCH (p:ClientAtomicProbe {run: $run}) RETURN count(p) AS n", run));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", failure.Code);
        Assert.Equal(0L, Assert.Single(left.Records).GetValue("n"));
    }

    [Fact]
    public async Task Writes_a_batch_of_rows_passed_as_one_list_parameter()
    {
        await using var client = TestClients.For(server);
        var run = Guid.NewGuid().ToString("N");
        var rows = Enumerable.Range(0, 5000)
            .Select(i => new Dictionary<string, object?> { ["id"] = $"{run}-{i}", ["props"] = new Dictionary<string, object?> { ["rank"] = i, ["score"] = i / 2.0 } })
            .ToList();

        await client.RunAsync(new Neo4jStatement(
            "UNWIND $rows AS r CREATE (a:ClientBatchProbe {id: r.id, run: $run}) SET a += r.props",
            new Dictionary<string, object?> { ["rows"] = rows, ["run"] = run }));
        var summary = await client.RunAsync(new Neo4jStatement(
            "MATCH (a:ClientBatchProbe {run: $run}) RETURN count(a) AS n, sum(a.rank) AS ranks, sum(a.score) AS scores",
            new Dictionary<string, object?> { ["run"] = run }));

        var record = Assert.Single(summary.Records);
        Assert.Equal(5000L, record.GetValue("n"));
        Assert.Equal(4999L * 5000 / 2, record.GetValue("ranks"));
        Assert.Equal(4999.0 * 5000 / 4, record.GetValue("scores"));
    }
}
