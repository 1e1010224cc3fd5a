using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.TestUtilities;

/// <summary>
/// Which store the API suite runs on: SQLite by default; Neo4j when <c>KG_API_TEST_PROVIDER=Neo4j</c>, on the server
/// <c>KG_TEST_NEO4J_URI</c> names or else one Neo4j 3.1.1 started once for the whole test process. A Neo4j server
/// holds one database, so each test's server starts on a wiped graph and that run must not run tests in parallel
/// (<c>xUnit.ParallelizeTestCollections=false</c>).
/// </summary>
internal static class ApiTestStorage
{
    public const string ProviderVariable = "KG_API_TEST_PROVIDER";

    private static readonly Lazy<Task<(Uri Uri, string User, string? Password)>> Server = new(StartAsync);

    // The SQLite paths tests named themselves: a test that starts two servers on one path expects one graph.
    private static readonly HashSet<string> NamedDatabases = new(StringComparer.Ordinal);

    public static bool OnNeo4j => string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Neo4j", StringComparison.OrdinalIgnoreCase);

    /// <summary>Points the settings at Neo4j and wipes the graph, unless the test named a database it used before.</summary>
    public static void UseNeo4j(Dictionary<string, string?> settings, string? namedDatabase)
    {
        var (uri, user, password) = Server.Value.GetAwaiter().GetResult();
        settings["KnowledgeGraph:Storage:Provider"] = "Neo4j";
        settings["KnowledgeGraph:Storage:Neo4j:Uri"] = uri.ToString();
        settings["KnowledgeGraph:Storage:Neo4j:User"] = user;
        settings["KnowledgeGraph:Storage:Neo4j:Password"] = password;
        bool reused;
        lock (NamedDatabases)
        {
            reused = namedDatabase is not null && !NamedDatabases.Add(namedDatabase);
        }

        if (!reused)
        {
            WipeAsync(uri, user, password).GetAwaiter().GetResult();
        }
    }

    private static async Task<(Uri, string, string?)> StartAsync()
    {
        if (Neo4jTestEnvironment.ExternalServer is { } external)
        {
            return external;
        }

        // Lives as long as the test process; its watchdog stops it and removes its folder when the process ends.
        var local = await LocalNeo4jServer.StartAsync(false, CancellationToken.None);
        return (local.HttpUri, "neo4j", local.Password);
    }

    private static async Task WipeAsync(Uri uri, string user, string? password)
    {
        using var http = new HttpClient { BaseAddress = uri };
        if (password is not null)
        {
            http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")));
        }

        using var discovery = JsonDocument.Parse(await http.GetStringAsync(new Uri("/", UriKind.Relative)));
        var commit = discovery.RootElement.TryGetProperty("data", out _) ? "/db/data/transaction/commit" : "/db/neo4j/tx/commit";
        using var response = await http.PostAsJsonAsync(new Uri(commit, UriKind.Relative), new { statements = new[] { new { statement = "MATCH (n) DETACH DELETE n" } } });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || !body.Contains("\"errors\":[]", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Wiping the Neo4j test database failed: {body}");
        }
    }
}
