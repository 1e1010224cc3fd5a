using System.Globalization;
using KnowledgeGraph.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Database;

public sealed class SqliteConnectionsTests : IClassFixture<SqliteFixture>
{
    private readonly SqliteFixture _fixture;

    public SqliteConnectionsTests(SqliteFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void The_writer_uses_write_ahead_logging_full_sync_foreign_keys_a_busy_timeout_and_its_own_checkpoints()
    {
        var options = new SqliteStoreOptions { Path = _fixture.NewPath(), BusyTimeout = TimeSpan.FromSeconds(3) };
        using var writer = SqliteConnections.OpenWriter(options);

        Assert.Equal("wal", Pragma(writer, "journal_mode"));
        Assert.Equal(2, int.Parse(Pragma(writer, "synchronous"), CultureInfo.InvariantCulture));
        Assert.Equal("1", Pragma(writer, "foreign_keys"));
        Assert.Equal("3000", Pragma(writer, "busy_timeout"));
        Assert.Equal("0", Pragma(writer, "wal_autocheckpoint"));
    }

    [Fact]
    public void Readers_map_the_file_and_cannot_write()
    {
        var options = new SqliteStoreOptions { Path = _fixture.NewPath() };
        using var writer = SqliteConnections.OpenWriter(options);
        SqliteConnections.Execute(writer, "CREATE TABLE t (x)");
        using var reader = SqliteConnections.OpenReader(options);

        Assert.True(long.Parse(Pragma(reader, "mmap_size"), CultureInfo.InvariantCulture) > 0);
        Assert.Throws<SqliteException>(() => SqliteConnections.Execute(reader, "INSERT INTO t VALUES (1)"));
    }

    private static string Pragma(SqliteConnection connection, string name) => SqliteConnections.Scalar(connection, $"PRAGMA {name}")!;
}
