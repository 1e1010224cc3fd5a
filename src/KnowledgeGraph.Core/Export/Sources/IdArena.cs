using System.Text;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// Many short ids kept as UTF-8 bytes in large shared chunks: each costs its length plus six bytes, where a string
/// object costs about twenty bytes of header plus two bytes a character. Ids are slugs of at most 100 characters.
/// </summary>
internal sealed class IdArena(int capacity)
{
    private const int ChunkSize = 1 << 20;
    private readonly List<byte[]> _chunks = [];
    private readonly List<int> _starts = new(capacity);
    private readonly List<ushort> _lengths = new(capacity);
    private int _used = ChunkSize;

    public int Count => _starts.Count;

    public string this[int index]
    {
        get
        {
            var start = _starts[index];
            return Encoding.UTF8.GetString(_chunks[start / ChunkSize], start % ChunkSize, _lengths[index]);
        }
    }

    /// <summary>Stores an id and returns its index.</summary>
    public int Add(string id)
    {
        var length = Encoding.UTF8.GetByteCount(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, ushort.MaxValue, nameof(id));
        if (_used + length > ChunkSize)
        {
            _chunks.Add(new byte[ChunkSize]);
            _used = 0;
        }

        Encoding.UTF8.GetBytes(id, _chunks[^1].AsSpan(_used));
        _starts.Add(((_chunks.Count - 1) * ChunkSize) + _used);
        _lengths.Add((ushort)length);
        _used += length;
        return _starts.Count - 1;
    }
}
