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

    // The queue's length, written under the lock and read without it: the executor asks after every step whether
    // anything waits, and a stale answer is harmless because a queued key also wakes it (onQueued).
    private int _queued;

    internal DataLoader(BatchLoadFunction<TKey, TValue> batchLoad, Action onQueued)
    {
        _batchLoad = batchLoad;
        _onQueued = onQueued;
    }

    /// <summary>Whether keys are waiting for the next dispatch.</summary>
    public bool HasPendingLoads => Volatile.Read(ref _queued) > 0;

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
                Volatile.Write(ref _queued, _queue.Count);
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
            Volatile.Write(ref _queued, 0);
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

        // Every outcome is recorded, under one lock, before any waiter runs: a waiter's continuation runs inline, and
        // a key of this batch it loads then comes from the cache.
        var outcomes = batchError is null ? results.OutcomesOf(keys) : new (TValue?, Exception?)[keys.Count];
        if (batchError is not null)
        {
            Array.Fill(outcomes, (default, batchError));
        }

        var waiting = new Waiters[keys.Count];
        lock (_lock)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                _waiting.Remove(keys[i], out waiting[i]);
                _done[keys[i]] = outcomes[i];
            }
        }

        for (var i = 0; i < waiting.Length; i++)
        {
            var (value, error) = outcomes[i];
            Complete(waiting[i].First, value, error);
            foreach (var load in waiting[i].More ?? [])
            {
                Complete(load, value, error);
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
