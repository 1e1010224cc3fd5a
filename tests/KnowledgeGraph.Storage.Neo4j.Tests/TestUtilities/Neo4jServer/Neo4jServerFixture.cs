namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>
/// A Neo4j server for a test collection: the one named by <c>KG_TEST_NEO4J_URI</c> if set, otherwise
/// a local Neo4j 3.1.1 started for this fixture alone (downloaded once into a cache; needs npm and
/// Java) and stopped when the collection is done. Self-contained, so other test projects can link
/// this folder.
/// </summary>
public class Neo4jServerFixture : IAsyncLifetime
{
    private LocalNeo4jServer? localServer;

    /// <summary>Gets the server's HTTP base address.</summary>
    public Uri Uri { get; private set; } = null!;

    public string User { get; private set; } = "neo4j";

    /// <summary>Gets the password, or <see langword="null"/> when the server does not require one.</summary>
    public string? Password { get; private set; }

    /// <summary>Gets a value indicating whether the server is an external one rather than started by the fixture.</summary>
    public bool IsExternal { get; private set; }

    /// <summary>
    /// Gets a value indicating whether the tests need a server that checks credentials. An external
    /// server serves them only if <c>KG_TEST_NEO4J_PASSWORD</c> is set; otherwise one is started locally.
    /// </summary>
    protected virtual bool RequiresAuthentication => false;

    public async Task InitializeAsync()
    {
        if (Neo4jTestEnvironment.ExternalServer is { } external && (!RequiresAuthentication || external.Password is not null))
        {
            (Uri, User, Password) = external;
            IsExternal = true;
            return;
        }

        localServer = await LocalNeo4jServer.StartAsync(RequiresAuthentication, CancellationToken.None);
        Uri = localServer.HttpUri;
        Password = localServer.Password;
    }

    public async Task DisposeAsync()
    {
        if (localServer is not null)
        {
            await localServer.DisposeAsync();
        }
    }
}
