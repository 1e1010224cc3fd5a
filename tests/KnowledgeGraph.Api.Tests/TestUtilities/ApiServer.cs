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
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public ApiServer(IReadOnlyDictionary<string, string?>? settings = null, bool countStoreCalls = false)
    {
        CountsStoreCalls = countStoreCalls;
        _settings["KnowledgeGraph:Storage:Sqlite:Path"] = Path.Combine(_folder, "graph.db");
        if (ApiTestStorage.OnNeo4j)
        {
            ApiTestStorage.UseNeo4j(_settings, settings?.GetValueOrDefault("KnowledgeGraph:Storage:Sqlite:Path"));
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
        StartServer();
    }

    /// <summary>
    /// The error that stops a server with these settings from starting. WebApplicationFactory sometimes surfaces an
    /// ObjectDisposedException from its own teardown instead of the start-up error under load; a second start shows
    /// the real one.
    /// </summary>
    public static Exception StartupError(IReadOnlyDictionary<string, string?> settings)
    {
        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            last = Assert.ThrowsAny<Exception>(() => new ApiServer(settings));
            if (last is not ObjectDisposedException)
            {
                return last;
            }
        }

        return last!;
    }

    public string DatabasePath => _settings["KnowledgeGraph:Storage:Sqlite:Path"]!;

    private bool CountsStoreCalls { get; }

    /// <summary>The store every request uses, counting its calls; only when the server was built to count.</summary>
    public CountingGraphStore CountingStore => (CountingGraphStore)Services.GetRequiredService<IGraphStore>();

    public GraphQLClient GraphQL(string? credential = null) => new(CreateClient()) { Credential = credential };

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
