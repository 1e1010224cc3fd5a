using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.TestUtilities;

/// <summary>
/// The real service on a real 127.0.0.1 port (Kestrel, not the in-memory test server), with its own empty SQLite
/// file loaded from the seed graph. Each test builds its own server, so tests share no data. With
/// <c>KG_API_TEST_PROVIDER=Neo4j</c> the store is Neo4j instead, wiped for each server (<see cref="ApiTestStorage"/>).
/// </summary>
internal sealed class ApiServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-api-").FullName;
    private readonly Dictionary<string, string?> _settings;

    public ApiServer(IReadOnlyDictionary<string, string?>? settings = null, bool countStoreCalls = false)
    {
        CountsStoreCalls = countStoreCalls;
        _settings = Settings(_folder, settings);
        UseKestrel(0);
        StartServer();
    }

    /// <summary>What the service prints when it refuses to start with these settings (see <see cref="ServiceProcess"/>).</summary>
    public static string StartupError(IReadOnlyDictionary<string, string?> settings)
    {
        var folder = Directory.CreateTempSubdirectory("kg-api-start-").FullName;
        try
        {
            return ServiceProcess.StartupFailure(Settings(folder, settings), folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public string DatabasePath => _settings["KnowledgeGraph:Storage:Sqlite:Path"]!;

    private bool CountsStoreCalls { get; }

    /// <summary>The store every request uses, counting its calls; only when the server was built to count.</summary>
    public CountingGraphStore CountingStore => (CountingGraphStore)Services.GetRequiredService<IGraphStore>();

    public GraphQLClient GraphQL(string? credential = null) => new(CreateClient()) { Credential = credential };

    // A database of the server's own in its folder, or Neo4j when the suite runs on it; then the test's settings.
    private static Dictionary<string, string?> Settings(string folder, IReadOnlyDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal) { ["KnowledgeGraph:Storage:Sqlite:Path"] = Path.Combine(folder, "graph.db") };
        if (ApiTestStorage.OnNeo4j)
        {
            ApiTestStorage.UseNeo4j(settings, overrides?.GetValueOrDefault("KnowledgeGraph:Storage:Sqlite:Path"));
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (CountsStoreCalls)
        {
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<CountingGraphStore>(sp => new CountingGraphStore(sp.GetRequiredService<GraphStoreLifetime>().Store));
                services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<CountingGraphStore>());
            });
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory may dispose twice (Dispose and DisposeAsync); the folder goes once.
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
