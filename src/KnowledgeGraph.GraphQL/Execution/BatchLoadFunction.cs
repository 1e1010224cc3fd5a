namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Loads a batch of distinct keys at once and reports each key's value (or error) to
/// <paramref name="results"/>. A key left unreported loads as default (null); an exception thrown by the
/// function fails every key of the batch.
/// </summary>
public delegate ValueTask BatchLoadFunction<TKey, TValue>(
    IReadOnlyList<TKey> keys,
    BatchLoadResults<TKey, TValue> results,
    CancellationToken cancellationToken)
    where TKey : notnull;
