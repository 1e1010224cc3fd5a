using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>
/// Copies the write-ahead log back into the database file. SQLite would do it inside the COMMIT that crosses its
/// threshold, and here commits run under the model's write lock, so a large import's checkpoint (hundreds of MB) would
/// hold every reader for seconds. The writer's automatic checkpoints are off; this runs them at about the same pace
/// once the lock is released. A passive checkpoint never waits for readers.
/// </summary>
internal sealed class WalCheckpoints
{
    // Rows changed between checkpoints: a few MB of log for single writes, one checkpoint after each large import.
    private const int ChangesBetweenCheckpoints = 1_000;

    private int _changesAtLast;

    public static void TurnOffAutomatic(SqliteConnection writer) => SqliteConnections.Execute(writer, "PRAGMA wal_autocheckpoint = 0");

    public void AfterWrite(SqliteConnection writer)
    {
        var changes = raw.sqlite3_total_changes(writer.Handle);
        if (unchecked(changes - _changesAtLast) < ChangesBetweenCheckpoints)
        {
            return;
        }

        var result = raw.sqlite3_wal_checkpoint_v2(writer.Handle, "main", raw.SQLITE_CHECKPOINT_PASSIVE, out _, out _);
        if (result != raw.SQLITE_OK && result != raw.SQLITE_BUSY)
        {
            SqliteException.ThrowExceptionForRC(result, writer.Handle);
        }

        _changesAtLast = changes;
    }
}
