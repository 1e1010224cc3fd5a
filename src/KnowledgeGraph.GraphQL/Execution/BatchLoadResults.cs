namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Collects the outcome of each key of one batch load.</summary>
public sealed class BatchLoadResults<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, (TValue? Value, Exception? Error)> _outcomes;

    internal BatchLoadResults(int capacity) => _outcomes = new Dictionary<TKey, (TValue?, Exception?)>(capacity);

    /// <summary>Reports the value of a key.</summary>
    public void Set(TKey key, TValue value)
    {
        lock (_outcomes)
        {
            _outcomes[key] = (value, null);
        }
    }

    /// <summary>Reports that a key failed; the fields waiting for it get the error.</summary>
    public void SetError(TKey key, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        lock (_outcomes)
        {
            _outcomes[key] = (default, error);
        }
    }

    /// <summary>The outcome of each key, in order; a key left unreported has neither value nor error.</summary>
    internal (TValue? Value, Exception? Error)[] OutcomesOf(List<TKey> keys)
    {
        var outcomes = new (TValue?, Exception?)[keys.Count];
        lock (_outcomes)
        {
            for (var i = 0; i < outcomes.Length; i++)
            {
                outcomes[i] = _outcomes.GetValueOrDefault(keys[i]);
            }
        }

        return outcomes;
    }
}
