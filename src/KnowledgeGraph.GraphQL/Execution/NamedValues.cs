using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Coerced values by name (a field's arguments, an operation's variables): a few entries in one array,
/// found by a linear search, in insertion order. Most fields take at most a handful of arguments, where
/// this costs a fraction of a hash table's memory and no hashing.
/// </summary>
internal sealed class NamedValues(int capacity) : IReadOnlyDictionary<string, object?>
{
    private readonly KeyValuePair<string, object?>[] _entries = capacity == 0 ? [] : new KeyValuePair<string, object?>[capacity];

    public static NamedValues Empty { get; } = new(0);

    public int Count { get; private set; }

    public IEnumerable<string> Keys => this.Select(static e => e.Key);

    public IEnumerable<object?> Values => this.Select(static e => e.Value);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Sets an entry; a name set again keeps its first position.</summary>
    public void Set(string name, object? value)
    {
        var index = IndexOf(name);
        if (index >= 0)
        {
            _entries[index] = new(name, value);
            return;
        }

        _entries[Count++] = new(name, value);
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _entries[index].Value : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _entries[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
