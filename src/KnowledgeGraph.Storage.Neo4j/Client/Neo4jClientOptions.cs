namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>Where the Neo4j server is and how the client talks to it.</summary>
/// <remarks>
/// A plain class rather than a record on purpose: a record's generated <c>ToString</c> would print the password.
/// </remarks>
public sealed class Neo4jClientOptions
{
    /// <summary>Gets or sets the server's HTTP base address, such as <c>http://127.0.0.1:7474</c>.</summary>
    /// <value>The default is <c>http://localhost:7474</c>. It must not carry credentials; use <see cref="User"/> and <see cref="Password"/>.</value>
    public Uri Uri { get; set; } = new("http://localhost:7474");

    /// <summary>Gets or sets the user to authenticate as.</summary>
    /// <value>The default is <c>neo4j</c>. It is sent only when <see cref="Password"/> is set.</value>
    public string User { get; set; } = "neo4j";

    /// <summary>Gets or sets the password, sent with HTTP basic authentication.</summary>
    /// <value>The default is <see langword="null"/>: no credentials are sent, for servers with authentication disabled.</value>
    public string? Password { get; set; }

    /// <summary>Gets or sets the database that statements run against.</summary>
    /// <value>The default is <c>neo4j</c>. Neo4j 3.x has a single database and ignores this.</value>
    public string Database { get; set; } = "neo4j";

    /// <summary>Gets or sets how long one request may take before it fails with a <see cref="TimeoutException"/>.</summary>
    /// <value>The default is 30 seconds. <see cref="Timeout.InfiniteTimeSpan"/> disables the limit.</value>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how many times a request that failed transiently is sent again.</summary>
    /// <value>
    /// The default is 3. Only requests that are safe to repeat are retried: discovery, auto-commit
    /// statements and opening a transaction; never a statement inside a transaction, nor a commit.
    /// </value>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Gets or sets the delay before the first retry; each further retry waits twice as long, with jitter.</summary>
    /// <value>The default is 200 milliseconds.</value>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
