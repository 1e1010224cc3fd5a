using System.Diagnostics;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

[Collection(Neo4jServerCollection.Name)]
public sealed class Neo4jHttpClientStreamingTests(Neo4jServerFixture server)
{
    [Fact]
    public async Task Streams_200000_rows_in_order_while_memory_stays_flat()
    {
        await using var client = TestClients.For(server);
        var padding = new string('x', 200);
        var statement = new Neo4jStatement(
            "UNWIND range(1, 200000) AS i RETURN i, $padding AS padding",
            new Dictionary<string, object?> { ["padding"] = padding });
        var expected = 1L;
        var heapSamples = new List<long>();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        await foreach (var record in client.StreamAsync(statement))
        {
            Assert.Equal(expected, record.GetValue("i"));
            if (expected % 40_000 == 0)
            {
                Assert.Equal(padding, record.GetValue("padding"));
                heapSamples.Add(GC.GetTotalMemory(forceFullCollection: true));
            }

            expected++;
        }

        // The response is about 48 MB; buffering it, or even its rows, would grow the heap far more than this.
        Assert.Equal(200_001L, expected);
        Assert.True(
            heapSamples.Max() - baseline < 4_000_000,
            $"Heap before: {baseline}; while streaming: {string.Join(", ", heapSamples)}");
    }

    [Fact]
    public async Task Stops_reading_when_the_consumer_stops_early()
    {
        await using var client = TestClients.For(server);
        var clock = Stopwatch.StartNew();
        var seen = 0;

        await foreach (var record in client.StreamAsync(new Neo4jStatement("UNWIND range(1, 50000000) AS i RETURN i")))
        {
            if (++seen == 100)
            {
                break;
            }
        }

        var after = await client.RunAsync(new Neo4jStatement("RETURN 'still usable' AS answer"));
        Assert.Equal(100, seen);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Stopping took {clock.Elapsed}.");
        Assert.Equal("still usable", Assert.Single(after.Records).GetValue("answer"));
    }

    [Fact]
    public async Task Cancelling_stops_the_stream()
    {
        await using var client = TestClients.For(server);
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var record in client.StreamAsync(new Neo4jStatement("UNWIND range(1, 50000000) AS i RETURN i"), cancellation.Token))
            {
                if (++seen == 1000)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(1000, seen);
    }

    [Fact]
    public async Task A_statement_that_fails_part_way_throws_after_the_rows_before_the_failure()
    {
        await using var client = TestClients.For(server);
        var values = new List<object?>();

        var failure = await Assert.ThrowsAsync<Neo4jException>(async () =>
        {
            await foreach (var record in client.StreamAsync(new Neo4jStatement("UNWIND [1, 2, 0, 4] AS x RETURN 10 / x AS y")))
            {
                values.Add(record.GetValue("y"));
            }
        });

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", failure.Code);
        Assert.Equal(new object?[] { 10L, 5L }.Take(values.Count), values);
    }

    [Fact]
    public async Task Streams_nothing_for_an_empty_result()
    {
        await using var client = TestClients.For(server);

        var records = await client.StreamAsync(new Neo4jStatement("MATCH (n:ClientNothingHere) RETURN n")).ToListAsync();

        Assert.Empty(records);
    }
}
