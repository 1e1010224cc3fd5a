using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>Opens the store's connections with the settings that make the file durable and shareable.</summary>
internal static class SqliteConnections
{
    // The most of the file a reader maps; pages count as memory only once touched, and the kernel may drop them.
    private const long ReaderMapBytes = 4L << 30;

    /// <summary>
    /// The one connection that writes. WAL lets readers go on while it writes. synchronous=FULL makes every commit
    /// durable through a power cut (NORMAL in WAL mode can lose the last commits then): edits are curated by hand and
    /// a confirmed edit must not vanish, and since a whole import is one transaction the extra fsync per commit costs
    /// bulk loads nothing.
    /// </summary>
    public static SqliteConnection OpenWriter(SqliteStoreOptions options)
    {
        var connection = Open(options, SqliteOpenMode.ReadWriteCreate);
        var mode = Scalar(connection, "PRAGMA journal_mode = WAL");
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            connection.Dispose();
            throw new InvalidOperationException($"The database {options.Path} cannot use write-ahead logging (journal mode stayed {mode}).");
        }

        Execute(connection, "PRAGMA synchronous = FULL");
        WalCheckpoints.TurnOffAutomatic(connection);
        Execute(connection, "PRAGMA foreign_keys = ON");
        Execute(connection, "PRAGMA temp_store = MEMORY");

        // 32 MB of page cache. A bulk load appends in key order, so what it works on is the right edge of each B-tree;
        // dirty pages beyond the cache go to the WAL early, as they would at commit. More would only add to the RSS.
        Execute(connection, "PRAGMA cache_size = -32768");
        return connection;
    }

    /// <summary>
    /// A connection that only reads; many of them run side by side with the writer. Readers fetch rows scattered over
    /// the whole file by key, so they read the file through a memory map shared by all of them rather than each
    /// through a page cache of its own (a system call and a copy per page missed).
    /// </summary>
    public static SqliteConnection OpenReader(SqliteStoreOptions options)
    {
        var connection = Open(options, SqliteOpenMode.ReadWrite);
        Execute(connection, "PRAGMA query_only = ON");
        Execute(connection, $"PRAGMA mmap_size = {ReaderMapBytes}");
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Rolls back the open transaction, if SQLite has not already done so after an error.</summary>
    public static void RollbackIfActive(SqliteConnection connection)
    {
        if (raw.sqlite3_get_autocommit(connection.Handle) == 0)
        {
            Execute(connection, "ROLLBACK");
        }
    }

    private static SqliteConnection Open(SqliteStoreOptions options, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = options.Path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
