using System.Buffers;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// Pulls events out of a response stream through a pooled buffer that grows only when a single
/// value (one row) is larger than it, so memory stays flat however many rows arrive.
/// </summary>
internal sealed class TransactionalResponseReader : IDisposable
{
    private const int InitialBufferSize = 16 * 1024;

    private readonly Stream stream;
    private readonly TransactionalResponseParser parser = new();
    private readonly List<TransactionalResponseEvent> pending = [];
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    private int buffered;
    private int nextPending;
    private bool endOfStream;

    public TransactionalResponseReader(Stream stream)
    {
        this.stream = stream;
    }

    /// <summary>Returns the next event, or <see langword="null"/> once the response is complete.</summary>
    public async ValueTask<TransactionalResponseEvent?> ReadAsync(CancellationToken cancellationToken)
    {
        // Checked per event, not only per network read, so a cancelled stream stops at once
        // rather than after the rows already parsed from the current buffer.
        cancellationToken.ThrowIfCancellationRequested();
        while (nextPending == pending.Count)
        {
            if (parser.IsComplete)
            {
                return null;
            }

            pending.Clear();
            nextPending = 0;
            await FillAsync(cancellationToken).ConfigureAwait(false);
            var consumed = parser.Parse(buffer.AsSpan(0, buffered), endOfStream, pending);
            buffer.AsSpan(consumed, buffered - consumed).CopyTo(buffer);
            buffered -= consumed;
            if (endOfStream && !parser.IsComplete && pending.Count == 0)
            {
                throw TransactionalResponseParser.Malformed("the response ended before its JSON document did");
            }
        }

        return pending[nextPending++];
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (endOfStream)
        {
            return;
        }

        if (buffered == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, buffered).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        var read = await stream.ReadAsync(buffer.AsMemory(buffered), cancellationToken).ConfigureAwait(false);
        buffered += read;
        endOfStream = read == 0;
    }
}
