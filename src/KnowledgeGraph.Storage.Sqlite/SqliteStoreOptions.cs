namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Where the embedded store keeps the graph and how it shares the file.</summary>
public sealed class SqliteStoreOptions
{
    /// <value>The database file. It is created, with its schema, when missing. Required.</value>
    public string Path { get; set; } = "";

    /// <value>How many idle read connections are kept for reuse; more are opened under load and closed after. The default is 8.</value>
    public int MaxIdleReadConnections { get; set; } = 8;

    /// <value>How long a statement waits for a lock held by another process before it fails. The default is 5 seconds.</value>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
