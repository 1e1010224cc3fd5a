namespace KnowledgeGraph.Core.Tests.TestUtilities;

/// <summary>
/// A write-only, unseekable stream that refuses synchronous writes and flushes, as an ASP.NET Core response body
/// does by default, and records the size of every write it accepts.
/// </summary>
internal sealed class AsyncOnlyStream : Stream
{
    private readonly MemoryStream _written = new();

    public List<int> WriteSizes { get; } = [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public byte[] ToArray() => _written.ToArray();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        WriteSizes.Add(buffer.Length);
        _written.Write(buffer.Span);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Write(byte[] buffer, int offset, int count) => throw Synchronous();

    public override void Write(ReadOnlySpan<byte> buffer) => throw Synchronous();

    public override void WriteByte(byte value) => throw Synchronous();

    public override void Flush() => throw Synchronous();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _written.Dispose();
        }

        base.Dispose(disposing);
    }

    private static InvalidOperationException Synchronous() => new("Synchronous operations are disallowed.");
}
