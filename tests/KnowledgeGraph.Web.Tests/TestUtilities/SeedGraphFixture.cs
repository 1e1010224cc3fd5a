namespace KnowledgeGraph.Web.Tests.TestUtilities;

/// <summary>One server loaded with the curated seed graph and one browser, shared by the tests of a class.</summary>
public sealed class SeedGraphFixture : IAsyncLifetime
{
    private WebServer? _server;
    private Chromium? _chromium;
    private HttpClient? _http;

    internal WebServer Server => _server ?? throw new InvalidOperationException("The fixture has not started.");

    internal GraphApi Api => new(_http ?? throw new InvalidOperationException("The fixture has not started."));

    public async Task InitializeAsync()
    {
        _chromium = await Chromium.LaunchAsync();
        _server = new WebServer();
        _http = new HttpClient { BaseAddress = _server.BaseAddress };
    }

    /// <summary>A new page in a fresh browser context; disposing it closes the context.</summary>
    internal async Task<GraphViewPage> NewViewAsync() =>
        new(await (_chromium ?? throw new InvalidOperationException("The fixture has not started.")).NewPageAsync(Server.BaseAddress));

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
