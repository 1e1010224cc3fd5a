using System.Diagnostics;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite;

// The file is the truth and other processes may write it too (kg import while the service runs): the model follows.
public sealed partial class SqliteGraphStore
{
    private static readonly long OtherWritersCheckInterval = Stopwatch.Frequency / 1_000;

    private long _nextOtherWritersCheck;

    /// <summary>Reads the model in one read transaction and records the state of the file it reflects.</summary>
    private static GraphModel LoadModel(StoreConnection writer, OtherWriters otherWriters)
    {
        writer.Execute("BEGIN");
        try
        {
            var model = ModelLoader.Load(writer);
            otherWriters.MarkSeen();
            writer.Execute("COMMIT");
            return model;
        }
        catch
        {
            SqliteConnections.RollbackIfActive(writer.Connection);
            throw;
        }
    }

    /// <summary>
    /// Rebuilds the model when another process has committed to the file since it was read; every read calls this
    /// first, and a read starting a millisecond or more after such a commit sees it. The question costs a few
    /// microseconds (it opens a read transaction), as much as a whole in-memory traversal, so it is asked at most once
    /// a millisecond; in between a read pays one clock read. It is skipped while a write of this store holds the
    /// writer (that write checks for itself once it holds the file's write lock), so readers never queue behind a
    /// write. A rebuild is read outside the model lock and swapped in under it, so reads in flight finish on the old model.
    /// </summary>
    private void CatchUpWithOtherWriters()
    {
        var now = Stopwatch.GetTimestamp();
        if (now < Volatile.Read(ref _nextOtherWritersCheck) || !_writeGate.Wait(0))
        {
            return;
        }

        try
        {
            Volatile.Write(ref _nextOtherWritersCheck, now + OtherWritersCheckInterval);
            if (_otherWriters.HaveCommitted())
            {
                Replace(LoadModel(_writer, _otherWriters));
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    // The row caches go with the old model: the other process may have changed any row.
    private void Replace(GraphModel model)
    {
        _modelLock.EnterWriteLock();
        try
        {
            _model = model;
            ForgetRows();
        }
        finally
        {
            _modelLock.ExitWriteLock();
        }
    }
}
