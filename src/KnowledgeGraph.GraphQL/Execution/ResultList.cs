using System.Collections;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>A list in the response; also the read-only list <see cref="ExecutionResult.Data"/> exposes.</summary>
internal sealed class ResultList(ResultNode parent, int parentIndex, bool positionIsNonNull, int capacity)
    : ResultNode(parent, parentIndex, positionIsNonNull), IReadOnlyList<object?>
{
    private readonly List<object?> _items = new(capacity);

    public int Count => _items.Count;

    public object? this[int index] => _items[index];

    /// <summary>Appends a slot for the next item and returns its index.</summary>
    public int AddSlot()
    {
        _items.Add(null);
        return _items.Count - 1;
    }

    public override void Set(int index, object? value) => _items[index] = value;

    public override object? Get(int index) => _items[index];

    public override object SegmentAt(int index) => index;

    public IEnumerator<object?> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
