using System.Collections.Concurrent;

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

    /// <summary>
    /// The rows of <paramref name="seqs"/> in the same order, repeats included: from the cache where held, the rest read
    /// in one batch by <paramref name="readMissing"/> and kept. Unlike <see cref="Read"/> it builds no dictionary, which
    /// matters on the hot path: every page of ties and every batch of actors or articles an API request loads.
    /// </summary>
    public T[] ReadInOrder(IReadOnlyList<int> seqs, Func<IEnumerable<int>, Dictionary<int, T>> readMissing)
    {
        var rows = new T[seqs.Count];
        List<int>? missing = null;
        for (var i = 0; i < rows.Length; i++)
        {
            if (_rows.TryGetValue(seqs[i], out var row))
            {
                rows[i] = row;
            }
            else
            {
                (missing ??= []).Add(i);
            }
        }

        if (missing is not null)
        {
            var read = readMissing(missing.Select(i => seqs[i]).Distinct());
            foreach (var (seq, row) in read)
            {
                Keep(seq, row);
            }

            foreach (var i in missing)
            {
                rows[i] = read[seqs[i]];
            }
        }

        return rows;
    }

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
