using System.Buffers;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// A response body assembled in arrays rented from the shared pool, so the answer can be sent with a
/// <c>Content-Length</c> in one write (no chunked framing) without allocating a buffer per request.
/// </summary>
internal sealed class PooledResponseBuffer : IBufferWriter<byte>, IDisposable
{
    private const int InitialSize = 8 * 1024;

    private byte[] _array = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _written;

    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, _written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _array.Length - _written);
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsSpan(_written);
    }

    public void Dispose()
    {
        var array = _array;
        _array = [];
        _written = 0;
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_array.Length - _written >= needed)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(checked(Math.Max(_array.Length * 2, _written + needed)));
        _array.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }
}
