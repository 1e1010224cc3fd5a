namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>A thread-safe least-recently-used cache from document text to what was learned about it.</summary>
internal sealed class DocumentCache<TEntry>(int capacity)
    where TEntry : class
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Text, TEntry Entry)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, TEntry Entry)> _recency = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The entry for a text, created by <paramref name="create"/> (outside the lock) when absent.</summary>
    public TEntry GetOrAdd(string text, Func<string, TEntry> create)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Entry;
            }
        }

        var entry = create(text);
        if (capacity <= 0)
        {
            return entry;
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(text, out var raced))
            {
                return raced.Value.Entry;
            }

            _entries[text] = _recency.AddFirst((text, entry));
            if (_entries.Count > capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Text);
            }

            return entry;
        }
    }
}
