using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Schema;

public sealed class SchemaMigratorTests : IClassFixture<SqliteFixture>
{
    private readonly SqliteFixture _fixture;
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2024, 2, 14, 9, 30, 0, TimeSpan.Zero));

    public SchemaMigratorTests(SqliteFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task A_new_file_is_created_at_the_current_schema_version()
    {
        var path = _fixture.NewPath();

        await (await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, _clock)).DisposeAsync();

        Assert.Equal(SchemaMigrator.CurrentVersion, ReadVersion(path));
        Assert.True(SchemaMigrator.CurrentVersion >= 2);
    }

    [Fact]
    public async Task A_version_one_file_is_migrated_at_open_and_its_rows_read_as_before()
    {
        var path = _fixture.NewPath();
        WriteVersionOneFile(path);

        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, _clock);

        Assert.Equal(SchemaMigrator.CurrentVersion, ReadVersion(path));
        var tie = (await store.GetTiesByIdAsync(["t-1"]))["t-1"];
        Assert.Equal(PartialDate.OfMonth(2023, 11), tie.Date);
        var inWindow = await store.GetTiesOfActorsAsync(["kh"], new TieFilter { Window = new DateWindow(new DateOnly(2023, 11, 20), new DateOnly(2023, 11, 21)) });
        Assert.Single(inWindow["kh"]);
        Assert.Equal("kh", Assert.Single((await store.SearchActorsAsync(new ActorSearch { Text = "hizballah" })).Items).Actor.Id);
        using var connection = Open(path);
        Assert.Equal("2023-11-30", SqliteConnections.Scalar(connection, "SELECT date_end FROM tie WHERE id = 't-1'"));
        Assert.Equal("2023-12-31", SqliteConnections.Scalar(connection, "SELECT published_end FROM article WHERE id = 'a-1'"));
    }

    [Fact]
    public void Migrating_a_file_at_the_current_version_changes_nothing()
    {
        var path = _fixture.NewPath();
        using var connection = Open(path);
        SchemaMigrator.Migrate(connection, SchemaMigrator.CurrentVersion);

        SchemaMigrator.Migrate(connection, SchemaMigrator.CurrentVersion);

        Assert.Equal(SchemaMigrator.CurrentVersion, SchemaMigrator.ReadVersion(connection));
    }

    [Fact]
    public async Task A_file_from_a_newer_build_is_refused_and_left_alone()
    {
        var path = _fixture.NewPath();
        using (var connection = Open(path))
        {
            SqliteConnections.Execute(connection, $"PRAGMA user_version = {SchemaMigrator.CurrentVersion + 1}");
        }

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, _clock));

        Assert.Contains("newer build", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(SchemaMigrator.CurrentVersion + 1, ReadVersion(path));
    }

    [Theory]
    [InlineData("INSERT INTO actor (seq, id, kind, name, aliases) VALUES (9, 'x', 'CLAN', 'X', '[]')")]
    [InlineData("INSERT INTO actor (seq, id, kind, name, aliases) VALUES (9, 'x', 'FACTION', 'X', 'not json')")]
    [InlineData("INSERT INTO article (seq, id, published_precision, text) VALUES (9, 'x', 'WEEK', 'text')")]
    [InlineData("INSERT INTO tie (seq, id, type, source, target, article, date_precision, evidence) VALUES (9, 'x', 'FRIENDS', 1, 2, 1, 'DAY', 'e')")]
    [InlineData("INSERT INTO tie (seq, id, type, source, target, article, date_precision, evidence) VALUES (9, 'x', 'MET_WITH', 1, 2, 1, 'DECADE', 'e')")]
    public void The_schema_refuses_values_outside_the_wire_names(string insert)
    {
        var path = _fixture.NewPath();
        WriteVersionOneFile(path);
        using var connection = Open(path);
        SchemaMigrator.Migrate(connection, SchemaMigrator.CurrentVersion);

        var refusal = Assert.Throws<SqliteException>(() => SqliteConnections.Execute(connection, insert));

        Assert.Contains("CHECK constraint failed", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_migration_script_is_embedded_and_versions_count_up_from_one()
    {
        Assert.Equal(Enumerable.Range(1, SchemaMigrator.Migrations.Count), SchemaMigrator.Migrations.Select(m => m.Version));
        Assert.All(SchemaMigrator.Migrations, migration => Assert.False(string.IsNullOrWhiteSpace(migration.ReadScript())));
    }

    // A file as version 1 of the store wrote it: dates as a first day and a precision, no last day.
    private static void WriteVersionOneFile(string path)
    {
        using var connection = Open(path);
        SchemaMigrator.Migrate(connection, targetVersion: 1);
        SqliteConnections.Execute(connection, """
            INSERT INTO article (seq, id, published_start, published_precision, text)
                VALUES (1, 'a-1', '2023-12-01', 'MONTH', 'Kataib Hezbollah attacked the base.');
            INSERT INTO actor (seq, id, kind, name, aliases) VALUES (1, 'kh', 'FACTION', 'Kataib Hezbollah', '["Kataib Hezbollah","Hizballah Brigades"]');
            INSERT INTO actor (seq, id, kind, name, aliases) VALUES (2, 'us', 'GOVERNMENT', 'United States', '["United States"]');
            INSERT INTO tie (seq, id, type, source, target, article, date_start, date_precision, evidence)
                VALUES (1, 't-1', 'ATTACKED', 1, 2, 1, '2023-11-01', 'MONTH', 'attacked the base');
            """);
    }

    private static int ReadVersion(string path)
    {
        using var connection = Open(path);
        return SchemaMigrator.ReadVersion(connection);
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
