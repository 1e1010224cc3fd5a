using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests.TestUtilities;

/// <summary>
/// The real service on a real 127.0.0.1 port (Kestrel, not the in-memory test server), with its own empty SQLite
/// file loaded from the seed graph. Each test builds its own server, so tests share no data.
/// </summary>
internal sealed class ApiServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-api-").FullName;
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public ApiServer(IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings["KnowledgeGraph:Storage:Sqlite:Path"] = Path.Combine(_folder, "graph.db");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
        StartServer();
    }

    public string DatabasePath => _settings["KnowledgeGraph:Storage:Sqlite:Path"]!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
