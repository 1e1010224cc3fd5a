using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Web.Tests.TestUtilities;

/// <summary>
/// The real service on a real 127.0.0.1 port (Kestrel), serving the graph view from its wwwroot, with its own
/// SQLite file. An empty store is loaded at start from the given import document, or from the curated seed graph.
/// </summary>
internal sealed class WebServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-web-").FullName;
    private readonly string? _seedPath;

    public WebServer(string? seedPath = null)
    {
        _seedPath = seedPath;
        UseKestrel(0);
        StartServer();
        using var client = CreateClient();
        BaseAddress = client.BaseAddress!;
    }

    /// <summary>The address the browser opens, ending in a slash.</summary>
    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("KnowledgeGraph:Storage:Sqlite:Path", Path.Combine(_folder, "graph.db"));
        if (_seedPath is not null)
        {
            builder.UseSetting("KnowledgeGraph:Seed:Path", _seedPath);
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
