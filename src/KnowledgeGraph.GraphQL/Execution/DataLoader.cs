namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// A per-request batching and caching loader (the DataLoader pattern). <see cref="LoadAsync"/> queues a
/// key and returns a task that completes when the executor dispatches the queue, which it does when no
/// other work is ready: all loads issued while one level of the response is resolved go into one call of
/// the batch function. Keys are deduplicated and their results cached for the rest of the request.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDataLoaderDispatch
    where TKey : notnull
{
    private readonly BatchLoadFunction<TKey, TValue> _batchLoad;
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _loads = [];
    private List<TKey> _queue = [];

    internal DataLoader(BatchLoadFunction<TKey, TValue> batchLoad) => _batchLoad = batchLoad;

    /// <summary>Whether keys are waiting for the next dispatch.</summary>
    public bool HasPendingLoads
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count > 0;
            }
        }
    }

    /// <summary>The value of a key: from the request's cache, or from the next batch.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        lock (_lock)
        {
            if (_loads.TryGetValue(key, out var existing))
            {
                return existing.Task;
            }

            // Continuations run inline when the batch completes, so everything they load joins the next batch.
            var load = new TaskCompletionSource<TValue?>();
            _loads[key] = load;
            _queue.Add(key);
            return load.Task;
        }
    }

    /// <summary>The values of several keys, in order.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var loads = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(loads).ConfigureAwait(false);
    }

    async Task IDataLoaderDispatch.DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        lock (_lock)
        {
            keys = _queue;
            _queue = [];
        }

        if (keys.Count == 0)
        {
            return;
        }

        var results = new BatchLoadResults<TKey, TValue>(keys.Count);
        Exception? batchError = null;
        try
        {
            await _batchLoad(keys, results, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            batchError = error;
        }

        foreach (var key in keys)
        {
            TaskCompletionSource<TValue?> load;
            lock (_lock)
            {
                load = _loads[key];
            }

            var (value, keyError) = batchError is null ? results.OutcomeOf(key) : (default, batchError);
            if (keyError is null)
            {
                load.TrySetResult(value);
            }
            else
            {
                load.TrySetException(keyError);
            }
        }
    }
}
