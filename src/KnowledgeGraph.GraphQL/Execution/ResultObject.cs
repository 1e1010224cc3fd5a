using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// An object in the response: one value per collected field of its selection plan, in selection order.
/// It is also the read-only dictionary <see cref="ExecutionResult.Data"/> exposes.
/// </summary>
internal sealed class ResultObject : ResultNode, IReadOnlyDictionary<string, object?>
{
    public ResultObject(SelectionPlan plan, ResultNode? parent, int parentIndex, bool positionIsNonNull)
        : base(parent, parentIndex, positionIsNonNull)
    {
        Plan = plan;
        Values = plan.Fields.Length == 0 ? [] : new object?[plan.Fields.Length];
    }

    public SelectionPlan Plan { get; }

    public object?[] Values { get; }

    public int Count => Values.Length;

    public IEnumerable<string> Keys => Plan.Fields.Select(f => f.ResponseName);

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public override void Set(int index, object? value) => Values[index] = value;

    public override object? Get(int index) => Values[index];

    public override object SegmentAt(int index) => Plan.Fields[index].ResponseName;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? Values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(Plan.Fields[i].ResponseName, Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        var fields = Plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (string.Equals(fields[i].ResponseName, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
