using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>A connection with its statements prepared once and reused, keyed by their SQL text.</summary>
internal sealed class StoreConnection : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public StoreConnection(SqliteConnection connection)
    {
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The prepared command for <paramref name="sql"/>, its parameters cleared.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    public SqliteCommand Command(string sql, string name, object? value)
    {
        var command = Command(sql);
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public void Execute(string sql) => SqliteConnections.Execute(Connection, sql);

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        Connection.Dispose();
    }
}
