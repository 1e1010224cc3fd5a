namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Where the Neo4j store's server is and who to connect as.</summary>
/// <remarks>A plain class rather than a record on purpose: a record's generated <c>ToString</c> would print the password.</remarks>
public sealed class Neo4jStoreOptions
{
    /// <summary>Gets or sets the server's HTTP base address.</summary>
    /// <value>The default is <c>http://localhost:7474</c>; Aura and TLS servers use <c>https://</c>.</value>
    public Uri Uri { get; set; } = new("http://localhost:7474");

    /// <summary>Gets or sets the user to authenticate as.</summary>
    /// <value>The default is <c>neo4j</c>; sent only when <see cref="Password"/> is set.</value>
    public string User { get; set; } = "neo4j";

    /// <summary>Gets or sets the password.</summary>
    /// <value>The default is <see langword="null"/>: no credentials, for servers with authentication disabled.</value>
    public string? Password { get; set; }

    /// <summary>Gets or sets the database on servers that host several (4.0 and later).</summary>
    /// <value>The default is <c>neo4j</c>; Neo4j 3.x ignores it.</value>
    public string Database { get; set; } = "neo4j";
}
