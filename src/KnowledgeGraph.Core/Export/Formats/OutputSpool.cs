namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// A write-only, unseekable stream in front of the real output for writers that write synchronously (an
/// <see cref="System.Xml.XmlWriter"/>, a CSV text writer, a ZIP entry closing): it collects their bytes in memory and
/// hands them to the output asynchronously, a chunk at a time. The output never sees a synchronous write (ASP.NET
/// Core forbids them on response bodies) and memory stays bounded by the chunk size whatever the export's size.
/// </summary>
internal sealed class OutputSpool(Stream output) : Stream
{
    private const int ChunkBytes = 64 * 1024;
    private readonly MemoryStream _buffer = new(ChunkBytes * 2);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Passes the collected bytes on once a chunk is full; writers call it after each row.</summary>
    public ValueTask DrainIfFullAsync(CancellationToken cancellationToken) =>
        _buffer.Length >= ChunkBytes ? PassOnAsync(cancellationToken) : ValueTask.CompletedTask;

    /// <summary>Passes every collected byte on and flushes the output; call once the writer has flushed its last bytes.</summary>
    public async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        await PassOnAsync(cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Write(byte[] buffer, int offset, int count) => _buffer.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _buffer.Write(buffer);

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _buffer.Write(buffer.Span);
        await DrainIfFullAsync(cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // A synchronous flush keeps the bytes: they leave at the next asynchronous drain.
    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => DrainAsync(cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }

    // No flush per chunk: a response body sends what it is given, and a compressor would pay for each flush.
    private async ValueTask PassOnAsync(CancellationToken cancellationToken)
    {
        if (_buffer.Length > 0)
        {
            await output.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken).ConfigureAwait(false);
            _buffer.SetLength(0);
        }
    }
}
