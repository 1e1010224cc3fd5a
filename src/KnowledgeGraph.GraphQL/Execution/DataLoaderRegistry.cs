namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>The data loaders of one request, by name. <c>onQueued</c> wakes the executor when a key is queued.</summary>
internal sealed class DataLoaderRegistry(Action onQueued)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, IDataLoaderDispatch> _loaders = new(StringComparer.Ordinal);

    public bool HasPendingLoads
    {
        get
        {
            lock (_lock)
            {
                foreach (var loader in _loaders.Values)
                {
                    if (loader.HasPendingLoads)
                    {
                        return true;
                    }
                }

                return false;
            }
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
        lock (_lock)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                loader = new DataLoader<TKey, TValue>(createBatchLoad(state) ?? throw new InvalidOperationException($"No batch function was made for data loader \"{name}\"."), onQueued);
                _loaders[name] = loader;
            }

            return loader as DataLoader<TKey, TValue> ?? throw new InvalidOperationException(
                $"Data loader \"{name}\" was created with other key or value types than <{typeof(TKey).Name}, {typeof(TValue).Name}>.");
        }
    }

    /// <summary>Dispatches every loader holding keys; their batch functions run concurrently.</summary>
    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<IDataLoaderDispatch> pending = [];
        lock (_lock)
        {
            foreach (var loader in _loaders.Values)
            {
                if (loader.HasPendingLoads)
                {
                    pending.Add(loader);
                }
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
}
