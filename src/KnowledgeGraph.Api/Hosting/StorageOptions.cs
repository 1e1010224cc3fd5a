namespace KnowledgeGraph.Api.Hosting;

/// <summary>Which store the service runs on, bound from <c>KnowledgeGraph:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "KnowledgeGraph:Storage";

    /// <value><c>Sqlite</c> (the embedded default) or <c>Neo4j</c>. The default is <c>Sqlite</c>.</value>
    public string Provider { get; set; } = "Sqlite";

    public SqliteSettings Sqlite { get; set; } = new();

    public Neo4jSettings Neo4j { get; set; } = new();

    public bool IsSqlite => string.Equals(Provider, "Sqlite", StringComparison.OrdinalIgnoreCase);

    public bool IsNeo4j => string.Equals(Provider, "Neo4j", StringComparison.OrdinalIgnoreCase);

    /// <summary>Settings of the embedded store.</summary>
    public sealed class SqliteSettings
    {
        /// <value>The database file, relative to the working directory. The default is <c>data/knowledgegraph.db</c>.</value>
        public string Path { get; set; } = System.IO.Path.Combine("data", "knowledgegraph.db");
    }

    /// <summary>Settings of the Neo4j store, bound from <c>KnowledgeGraph:Storage:Neo4j</c>.</summary>
    /// <remarks>A plain class, not a record: a record's generated <c>ToString</c> would print the password.</remarks>
    public sealed class Neo4jSettings
    {
        /// <value>The server's HTTP base address, such as <c>http://127.0.0.1:7474</c> or Aura's <c>https://&lt;id&gt;.databases.neo4j.io</c>. No default.</value>
        public string? Uri { get; set; }

        /// <value>The default is <c>neo4j</c>.</value>
        public string User { get; set; } = "neo4j";

        /// <value>The default is none, for a server with authentication disabled. Never logged.</value>
        public string? Password { get; set; }

        /// <value>The database on 4.0 and later servers. The default is <c>neo4j</c>; 3.x ignores it.</value>
        public string Database { get; set; } = "neo4j";

        /// <summary>The Uri when it is an absolute http or https address; otherwise null.</summary>
        public Uri? AbsoluteUri =>
            System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) && (uri.Scheme == System.Uri.UriSchemeHttp || uri.Scheme == System.Uri.UriSchemeHttps)
                ? uri
                : null;
    }
}
