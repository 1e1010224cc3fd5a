using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;
using KnowledgeGraph.Storage.Sqlite.Writing;

namespace KnowledgeGraph.Storage.Sqlite;

// How every read and write reaches the model and the file, and why they never see each other half done.
public sealed partial class SqliteGraphStore
{
    /// <summary>Runs a read against the model alone, under the read lock: how the benchmark times traversals apart from row fetching.</summary>
    internal T ReadModel<T>(Func<GraphModel, T> read)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        CatchUpWithOtherWriters();
        _modelLock.EnterReadLock();
        try
        {
            return read(_model);
        }
        finally
        {
            _modelLock.ExitReadLock();
        }
    }

    /// <summary>Runs a read against the model and a read connection, under the read lock.</summary>
    private Task<T> ReadAsync<T>(Func<StoreConnection, GraphModel, T> read, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
            CatchUpWithOtherWriters();
            var connection = _readers.Rent();
            try
            {
                _modelLock.EnterReadLock();
                try
                {
                    return Task.FromResult(read(connection, _model));
                }
                finally
                {
                    _modelLock.ExitReadLock();
                }
            }
            finally
            {
                _readers.Return(connection);
            }
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }

    /// <summary>
    /// Runs a write in one transaction on the writer connection. If it throws, the transaction rolls back and the model
    /// is untouched; if it returns, the commit and the model update happen together under the write lock.
    /// </summary>
    /// <param name="write">The write.</param>
    /// <param name="cancellationToken">Cancels the wait for the writer, and long writes that look at it.</param>
    /// <param name="checkedReferences">
    /// True for batch imports: <see cref="Core.Import.BatchRules"/> has resolved every reference of every row before
    /// anything is written, so SQLite's own foreign-key lookups (three B-tree searches per tie) are switched off
    /// for that transaction. Every other write keeps them as a second line of defence.
    /// </param>
    private async Task<T> WriteAsync<T>(Func<WriteSession, T> write, CancellationToken cancellationToken, bool checkedReferences = false)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
            _writer.Execute(checkedReferences ? "PRAGMA foreign_keys = OFF" : "PRAGMA foreign_keys = ON");
            try
            {
                return Transact(write);
            }
            finally
            {
                _writer.Execute("PRAGMA foreign_keys = ON");
                _checkpoints.AfterWrite(_writer.Connection);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private T Transact<T>(Func<WriteSession, T> write)
    {
        _writer.Execute("BEGIN IMMEDIATE");
        try
        {
            // Holding the file's write lock, the model must reflect every commit, another process's included, before
            // this write hands out row seqs and checks rules against it.
            if (_otherWriters.HaveCommitted())
            {
                Replace(ModelLoader.Load(_writer));
                _otherWriters.MarkSeen();
            }

            var session = new WriteSession(_writer, _model, _time);
            var result = write(session);
            Publish(session);
            return result;
        }
        catch
        {
            SqliteConnections.RollbackIfActive(_writer.Connection);
            throw;
        }
    }

    private void Publish(WriteSession session)
    {
        _modelLock.EnterWriteLock();
        try
        {
            _writer.Execute("COMMIT");
            try
            {
                session.ApplyTo(_model);
            }
            catch
            {
                // The write stands in the file, but the model took it only in part: rebuild the model from the file,
                // the truth, and still report the failure, which is a bug.
                _model = LoadModel(_writer, _otherWriters);
                throw;
            }
        }
        finally
        {
            ForgetRows();
            _modelLock.ExitWriteLock();
        }
    }
}
