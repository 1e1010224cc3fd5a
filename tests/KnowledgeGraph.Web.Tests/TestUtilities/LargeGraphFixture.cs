namespace KnowledgeGraph.Web.Tests.TestUtilities;

/// <summary>A server whose empty store was loaded with <see cref="GeneratedGraph"/> at start, and one browser.</summary>
public sealed class LargeGraphFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-web-graph-").FullName;
    private WebServer? _server;
    private Chromium? _chromium;

    public async Task InitializeAsync()
    {
        _chromium = await Chromium.LaunchAsync();
        _server = new WebServer(await GeneratedGraph.WriteAsync(_folder));
    }

    /// <summary>A new page in a fresh browser context; disposing it closes the context.</summary>
    internal async Task<GraphViewPage> NewViewAsync() =>
        new(await (_chromium ?? throw new InvalidOperationException("The fixture has not started."))
            .NewPageAsync((_server ?? throw new InvalidOperationException("The fixture has not started.")).BaseAddress));

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
