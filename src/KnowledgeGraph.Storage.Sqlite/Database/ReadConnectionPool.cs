namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>
/// Read connections shared by concurrent readers. Each read borrows one, so any number of reads run side by side;
/// a few idle ones are kept so a read does not pay for opening the file. The idle ones sit in a fixed row of slots
/// taken and filled with one atomic exchange each: every store read borrows a connection, and a thread-local bag
/// cost several times as much per read.
/// </summary>
internal sealed class ReadConnectionPool : IDisposable
{
    private readonly StoreConnection?[] _idle;
    private readonly SqliteStoreOptions _options;
    private volatile bool _disposed;

    public ReadConnectionPool(SqliteStoreOptions options)
    {
        _options = options;
        _idle = new StoreConnection?[options.MaxIdleReadConnections];
    }

    public StoreConnection Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        for (var i = 0; i < _idle.Length; i++)
        {
            if (Volatile.Read(ref _idle[i]) is not null && Interlocked.Exchange(ref _idle[i], null) is { } connection)
            {
                return connection;
            }
        }

        return new StoreConnection(SqliteConnections.OpenReader(_options));
    }

    public void Return(StoreConnection connection)
    {
        if (!_disposed)
        {
            for (var i = 0; i < _idle.Length; i++)
            {
                if (Interlocked.CompareExchange(ref _idle[i], connection, null) is null)
                {
                    // A pool disposed meanwhile may have closed the idle ones before this one arrived.
                    if (_disposed)
                    {
                        CloseIdle();
                    }

                    return;
                }
            }
        }

        connection.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        CloseIdle();
    }

    private void CloseIdle()
    {
        for (var i = 0; i < _idle.Length; i++)
        {
            Interlocked.Exchange(ref _idle[i], null)?.Dispose();
        }
    }
}
