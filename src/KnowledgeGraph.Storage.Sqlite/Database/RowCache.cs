using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>
/// Whole rows decoded recently, by seq, shared by concurrent readers so a busy actor's ties and names are not
/// read and decoded from the file on every request. The store empties it under its write lock after every commit,
/// so a reader, which holds the read lock, never sees a row older than the model; when full it starts over.
/// </summary>
internal sealed class RowCache<T>
    where T : class
{
    private readonly ConcurrentDictionary<int, T> _rows = new();
    private readonly int _capacity;
    private int _count;

    public RowCache(int capacity)
    {
        _capacity = capacity;
    }

    /// <summary>The row of <paramref name="seq"/> when the cache holds it.</summary>
    public bool TryGet(int seq, [MaybeNullWhen(false)] out T row) => _rows.TryGetValue(seq, out row);

    /// <summary>The rows of <paramref name="seqs"/>, from the cache where held, the rest read by <paramref name="readMissing"/> and kept.</summary>
    public Dictionary<int, T> Read(IEnumerable<int> seqs, Func<IEnumerable<int>, Dictionary<int, T>> readMissing)
    {
        var found = new Dictionary<int, T>();
        HashSet<int>? missing = null;
        foreach (var seq in seqs)
        {
            if (_rows.TryGetValue(seq, out var row))
            {
                found[seq] = row;
            }
            else
            {
                (missing ??= []).Add(seq);
            }
        }

        if (missing is not null)
        {
            foreach (var (seq, row) in readMissing(missing))
            {
                found[seq] = row;
                Keep(seq, row);
            }
        }

        return found;
    }

    public void Clear()
    {
        _rows.Clear();
        Volatile.Write(ref _count, 0);
    }

    private void Keep(int seq, T row)
    {
        if (Volatile.Read(ref _count) >= _capacity)
        {
            Clear();
        }

        if (_rows.TryAdd(seq, row))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
