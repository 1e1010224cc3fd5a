using System.Collections.Concurrent;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>
/// Read connections shared by concurrent readers. Each read borrows one, so any number of reads run side by side;
/// a few idle ones are kept so a read does not pay for opening the file.
/// </summary>
internal sealed class ReadConnectionPool : IDisposable
{
    private readonly ConcurrentBag<StoreConnection> _idle = [];
    private readonly SqliteStoreOptions _options;
    private int _idleCount;
    private volatile bool _disposed;

    public ReadConnectionPool(SqliteStoreOptions options)
    {
        _options = options;
    }

    public StoreConnection Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            return connection;
        }

        return new StoreConnection(SqliteConnections.OpenReader(_options));
    }

    public void Return(StoreConnection connection)
    {
        if (!_disposed && Interlocked.Increment(ref _idleCount) <= _options.MaxIdleReadConnections)
        {
            _idle.Add(connection);
            if (_disposed)
            {
                CloseIdle();
            }

            return;
        }

        Interlocked.Decrement(ref _idleCount);
        connection.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        CloseIdle();
    }

    private void CloseIdle()
    {
        while (_idle.TryTake(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            connection.Dispose();
        }
    }
}
