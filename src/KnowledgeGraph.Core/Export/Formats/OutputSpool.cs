namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// Collects what a synchronous writer (an <see cref="System.Xml.XmlWriter"/>, a CSV text writer) produces and hands
/// it to the real output asynchronously, a chunk at a time: the output never sees a synchronous write (ASP.NET Core
/// forbids them on response bodies) and memory stays bounded by the chunk size whatever the export's size.
/// </summary>
internal sealed class OutputSpool(Stream output) : IDisposable
{
    private const int ChunkBytes = 64 * 1024;
    private readonly MemoryStream _buffer = new(ChunkBytes * 2);

    /// <value>Where the synchronous writer writes.</value>
    public Stream Buffer => _buffer;

    /// <summary>Passes the collected bytes on once a chunk is full; call after each row.</summary>
    public ValueTask DrainIfFullAsync(CancellationToken cancellationToken) =>
        _buffer.Length >= ChunkBytes ? PassOnAsync(cancellationToken) : ValueTask.CompletedTask;

    /// <summary>Passes every collected byte on and flushes the output; call once the writer has flushed its last bytes.</summary>
    public async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        await PassOnAsync(cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    // No flush per chunk: a response body sends what it is given, and a flush per chunk would cost a zip entry's
    // compressor a sync marker each time.
    private async ValueTask PassOnAsync(CancellationToken cancellationToken)
    {
        if (_buffer.Length > 0)
        {
            await output.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken).ConfigureAwait(false);
            _buffer.SetLength(0);
            _buffer.Position = 0;
        }
    }

    public void Dispose() => _buffer.Dispose();
}
