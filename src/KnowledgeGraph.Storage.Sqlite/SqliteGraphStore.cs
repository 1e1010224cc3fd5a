using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;
using KnowledgeGraph.Storage.Sqlite.Schema;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, written by a single writer connection (one write at a time,
/// each in one transaction) and read by a pool of read connections. Traversals and search run over an in-memory
/// read model built from the file at open and brought up to date after every commit; whole rows come from the
/// file in batches.
/// </summary>
/// <remarks>
/// Readers hold the model's read lock while they read, and a writer commits and updates the model under the write
/// lock, so a read sees the file and the model both before or both after a write, never half of one.
/// </remarks>
public sealed partial class SqliteGraphStore : IGraphStore, IAsyncDisposable
{
    private readonly TimeProvider _time;
    private readonly StoreConnection _writer;
    private readonly ReadConnectionPool _readers;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ReaderWriterLockSlim _modelLock = new(LockRecursionPolicy.NoRecursion);
    private readonly WalCheckpoints _checkpoints = new();
    private readonly OtherWriters _otherWriters;
    private GraphModel _model;
    private int _disposed;

    private SqliteGraphStore(SqliteStoreOptions options, TimeProvider time, StoreConnection writer, OtherWriters otherWriters, GraphModel model)
    {
        _time = time;
        _writer = writer;
        _otherWriters = otherWriters;
        _model = model;
        _readers = new ReadConnectionPool(options);
    }

    /// <summary>
    /// Opens the store at <see cref="SqliteStoreOptions.Path"/>, creating the file or migrating its schema to this
    /// build's version first, and loads the read model.
    /// </summary>
    /// <param name="options">Where the file is and how it is shared.</param>
    /// <param name="timeProvider">The clock that stamps merges and retractions.</param>
    /// <param name="cancellationToken">Cancels before the file is opened.</param>
    public static Task<SqliteGraphStore> OpenAsync(SqliteStoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (string.IsNullOrWhiteSpace(options.Path) || options.MaxIdleReadConnections < 0 || options.BusyTimeout < TimeSpan.Zero)
        {
            throw new ArgumentException(
                "SqliteStoreOptions need a Path naming the database file, MaxIdleReadConnections of 0 or more and a BusyTimeout of zero or more.",
                nameof(options));
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (Path.GetDirectoryName(Path.GetFullPath(options.Path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var writer = new StoreConnection(SqliteConnections.OpenWriter(options));
        OtherWriters? otherWriters = null;
        try
        {
            SchemaMigrator.Migrate(writer.Connection, SchemaMigrator.CurrentVersion);
            otherWriters = new OtherWriters(writer.Connection);
            var model = LoadModel(writer, otherWriters);
            return Task.FromResult(new SqliteGraphStore(options, timeProvider, writer, otherWriters, model));
        }
        catch
        {
            otherWriters?.Dispose();
            writer.Dispose();
            throw;
        }
    }

    /// <summary>Waits for a write in progress, then closes every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _writeGate.WaitAsync().ConfigureAwait(false);
        _modelLock.EnterWriteLock();
        _readers.Dispose();
        _otherWriters.Dispose();
        _writer.Dispose();
        _modelLock.ExitWriteLock();
        _modelLock.Dispose();
        _writeGate.Dispose();
    }
}
