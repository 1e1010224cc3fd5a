namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>The data loaders of one request, by name. <c>onQueued</c> wakes the executor when a key is queued.</summary>
internal sealed class DataLoaderRegistry(Action onQueued)
{
    private readonly Lock _lock = new();

    // The loaders, replaced (under the lock) by a longer array when one is added and never changed in place, so they
    // are read without the lock: the executor asks after every step whether any holds keys, and every field that loads
    // looks its loader up by name.
    private Entry[] _loaders = [];

    public bool HasPendingLoads
    {
        get
        {
            foreach (var entry in Volatile.Read(ref _loaders))
            {
                if (entry.Loader.HasPendingLoads)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batchLoad)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(batchLoad);
        return GetOrAdd(name, batchLoad, static batchLoad => batchLoad);
    }

    /// <summary>The loader named <paramref name="name"/>; its batch function is made from <paramref name="state"/> only when it is created.</summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue, TState>(string name, TState state, Func<TState, BatchLoadFunction<TKey, TValue>> createBatchLoad)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(createBatchLoad);
        var loader = Find(name);
        if (loader is null)
        {
            lock (_lock)
            {
                loader = Find(name);
                if (loader is null)
                {
                    loader = new DataLoader<TKey, TValue>(createBatchLoad(state) ?? throw new InvalidOperationException($"No batch function was made for data loader \"{name}\"."), onQueued);
                    Volatile.Write(ref _loaders, [.. _loaders, new Entry(name, loader)]);
                }
            }
        }

        return loader as DataLoader<TKey, TValue> ?? throw new InvalidOperationException(
            $"Data loader \"{name}\" was created with other key or value types than <{typeof(TKey).Name}, {typeof(TValue).Name}>.");
    }

    // A request has a handful of loaders: a scan beats hashing the name.
    private IDataLoaderDispatch? Find(string name)
    {
        foreach (var entry in Volatile.Read(ref _loaders))
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                return entry.Loader;
            }
        }

        return null;
    }

    /// <summary>Dispatches every loader holding keys; their batch functions run concurrently.</summary>
    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<IDataLoaderDispatch> pending = [];
        foreach (var entry in Volatile.Read(ref _loaders))
        {
            if (entry.Loader.HasPendingLoads)
            {
                pending.Add(entry.Loader);
            }
        }

        if (pending.Count == 1)
        {
            return pending[0].DispatchAsync(cancellationToken);
        }

        var dispatches = new Task[pending.Count];
        for (var i = 0; i < dispatches.Length; i++)
        {
            dispatches[i] = pending[i].DispatchAsync(cancellationToken);
        }

        return Task.WhenAll(dispatches);
    }

    private readonly record struct Entry(string Name, IDataLoaderDispatch Loader);
}
