using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Export.Sources;

namespace KnowledgeGraph.Core.Tests.Export.Sources;

public sealed class ReadAheadTests
{
    [Fact]
    public async Task Every_row_arrives_once_in_the_order_the_store_gave_it()
    {
        var rows = await ReadAhead.Of(Rows(1_000), CancellationToken.None).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 1_000), rows);
    }

    [Fact]
    public async Task A_failure_while_reading_surfaces_in_the_writer_as_it_was_thrown()
    {
        var failure = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var _ in ReadAhead.Of(Rows(1_000, failAt: 700), CancellationToken.None))
            {
            }
        });

        Assert.Equal("row 700 is unreadable", failure.Message);
    }

    [Fact]
    public async Task A_writer_that_stops_early_lets_the_store_stream_finish_before_it_returns()
    {
        var closed = new TaskCompletionSource();

        await foreach (var row in ReadAhead.Of(Rows(100_000, closed: closed), CancellationToken.None))
        {
            if (row == 5)
            {
                break;
            }
        }

        Assert.True(closed.Task.IsCompleted, "the store's stream should have been disposed, releasing its connection");
    }

    [Fact]
    public async Task The_reader_stays_only_a_few_batches_ahead_of_a_slow_writer()
    {
        var produced = 0;

        await foreach (var row in ReadAhead.Of(Rows(100_000, onRow: () => Interlocked.Increment(ref produced)), CancellationToken.None))
        {
            if (row == 0)
            {
                await Task.Delay(200);
                Assert.InRange(Volatile.Read(ref produced), 1, 2_000);
                break;
            }
        }
    }

    private static async IAsyncEnumerable<int> Rows(int count, int failAt = -1, TaskCompletionSource? closed = null, Action? onRow = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (i == failAt)
                {
                    throw new InvalidDataException($"row {i} is unreadable");
                }

                onRow?.Invoke();
                yield return i;
                await Task.Yield();
            }
        }
        finally
        {
            closed?.TrySetResult();
        }
    }
}
