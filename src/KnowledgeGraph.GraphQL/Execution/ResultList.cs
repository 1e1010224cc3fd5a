using System.Collections;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>A list in the response; also the read-only list <see cref="ExecutionResult.Data"/> exposes.</summary>
internal sealed class ResultList(ResultNode parent, int parentIndex, bool positionIsNonNull, int capacity)
    : ResultNode(parent, parentIndex, positionIsNonNull), IReadOnlyList<object?>
{
    private object?[] _items = capacity == 0 ? [] : new object?[capacity];

    public int Count { get; private set; }

    public object? this[int index] => index < Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Appends a slot for the next item and returns its index.</summary>
    public int AddSlot()
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        }

        return Count++;
    }

    public override void Set(int index, object? value) => _items[index] = value;

    public override object? Get(int index) => _items[index];

    public override object SegmentAt(int index) => index;

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
