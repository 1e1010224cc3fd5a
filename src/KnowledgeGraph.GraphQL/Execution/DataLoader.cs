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
    private readonly Action _onQueued;
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, (TValue? Value, Exception? Error)> _done = [];
    private readonly Dictionary<TKey, Waiters> _waiting = [];
    private List<TKey> _queue = [];

    internal DataLoader(BatchLoadFunction<TKey, TValue> batchLoad, Action onQueued)
    {
        _batchLoad = batchLoad;
        _onQueued = onQueued;
    }

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
        bool queued;
        TaskCompletionSource<TValue?> load;
        lock (_lock)
        {
            if (_done.TryGetValue(key, out var known))
            {
                return known.Error is null ? Task.FromResult(known.Value) : Task.FromException<TValue?>(known.Error);
            }

            // Each caller waits on a completion of its own: a task with one continuation runs it inline when the batch
            // completes, so whatever that continuation loads joins the next batch. (With several awaiters on one task
            // the runtime may queue some to the thread pool, and their loads would arrive after the executor went idle.)
            load = new TaskCompletionSource<TValue?>();
            queued = !_waiting.TryGetValue(key, out var waiters);
            if (queued)
            {
                _waiting[key] = new Waiters(load, null);
                _queue.Add(key);
            }
            else if (waiters.More is { } more)
            {
                more.Add(load);
            }
            else
            {
                _waiting[key] = waiters with { More = [load] };
            }
        }

        if (queued)
        {
            _onQueued();
        }

        return load.Task;
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
            var (value, keyError) = batchError is null ? results.OutcomeOf(key) : (default, batchError);
            Waiters waiters;
            lock (_lock)
            {
                _waiting.Remove(key, out waiters);
                _done[key] = (value, keyError);
            }

            Complete(waiters.First, value, keyError);
            foreach (var load in waiters.More ?? [])
            {
                Complete(load, value, keyError);
            }
        }
    }

    private static void Complete(TaskCompletionSource<TValue?> load, TValue? value, Exception? error)
    {
        if (error is null)
        {
            load.TrySetResult(value);
        }
        else
        {
            load.TrySetException(error);
        }
    }

    /// <summary>The loads waiting for one key: nearly always one, so the rest are kept only when there are any.</summary>
    private readonly record struct Waiters(TaskCompletionSource<TValue?> First, List<TaskCompletionSource<TValue?>>? More);
}
