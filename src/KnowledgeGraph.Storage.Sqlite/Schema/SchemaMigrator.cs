using KnowledgeGraph.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// Brings a database file to the schema this build expects. The version lives in <c>PRAGMA user_version</c>, which
/// SQLite writes inside the transaction, so a file is at one version or the next, never half-way.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Every step, in order. A released step is never edited: a change is a new step.</summary>
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "articles, actors, redirects, ties and merge records", "0001_initial.sql"),
        new(2, "the last day of every partial date, so window filters compare plain columns", "0002_date_intervals.sql"),
    ];

    public static int CurrentVersion => Migrations[^1].Version;

    public static int ReadVersion(SqliteConnection connection) =>
        int.Parse(SqliteConnections.Scalar(connection, "PRAGMA user_version")!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Applies every step above the file's version up to <paramref name="targetVersion"/> in one transaction.</summary>
    public static void Migrate(SqliteConnection connection, int targetVersion)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(targetVersion, CurrentVersion);
        Execute(connection, "BEGIN IMMEDIATE");
        try
        {
            var version = ReadVersion(connection);
            if (version > CurrentVersion)
            {
                throw new InvalidOperationException(
                    $"The database {connection.DataSource} has schema version {version}; this build knows versions up to {CurrentVersion}. Use a newer build.");
            }

            foreach (var migration in Migrations)
            {
                if (migration.Version > version && migration.Version <= targetVersion)
                {
                    Execute(connection, migration.ReadScript());
                }
            }

            if (targetVersion > version)
            {
                Execute(connection, $"PRAGMA user_version = {targetVersion}");
            }

            Execute(connection, "COMMIT");
        }
        catch
        {
            SqliteConnections.RollbackIfActive(connection);
            throw;
        }
    }

    private static void Execute(SqliteConnection connection, string sql) => SqliteConnections.Execute(connection, sql);
}
