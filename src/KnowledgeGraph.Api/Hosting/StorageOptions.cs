namespace KnowledgeGraph.Api.Hosting;

/// <summary>Which store the service runs on, bound from <c>KnowledgeGraph:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "KnowledgeGraph:Storage";

    /// <value><c>Sqlite</c> (the embedded default) or <c>Neo4j</c>. The default is <c>Sqlite</c>.</value>
    public string Provider { get; set; } = "Sqlite";

    public SqliteSettings Sqlite { get; set; } = new();

    /// <summary>Settings of the embedded store.</summary>
    public sealed class SqliteSettings
    {
        /// <value>The database file, relative to the working directory. The default is <c>data/knowledgegraph.db</c>.</value>
        public string Path { get; set; } = System.IO.Path.Combine("data", "knowledgegraph.db");
    }
}
