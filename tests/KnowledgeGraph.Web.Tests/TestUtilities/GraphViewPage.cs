using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests.TestUtilities;

/// <summary>The graph view at / as a test drives it: its controls by the ids the page documents, and its <c>__kgPerf</c> probe.</summary>
internal sealed class GraphViewPage : IAsyncDisposable
{
    private static readonly PageWaitForFunctionOptions Patiently = new() { Timeout = 30_000, PollingInterval = 50 };
    private readonly List<string> _errors = [];

    public GraphViewPage(IPage page)
    {
        Page = page;
        Page.PageError += (_, message) => _errors.Add(message);
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Script errors and console errors the page reported so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Opens the view with a URL query (without the leading '?') and waits until it has settled.</summary>
    public async Task OpenAsync(string query = "")
    {
        await Page.GotoAsync(query.Length == 0 ? "./" : $"./?{query}");
        await WaitUntilSettledAsync();
    }

    /// <summary>
    /// Waits until the page has finished loading and laying out, with the view's summary in the status line
    /// (or nothing open). A change that has only been asked for may not have started yet: see <see cref="WaitForAsync"/>.
    /// </summary>
    public Task WaitUntilSettledAsync() => Page.WaitForFunctionAsync(
        """
        () => window.__kgPerf !== undefined && !window.__kgPerf.busy()
          && (/^\d+ actors? · \d+ relations?/.test(document.querySelector('#status').textContent)
              || !document.querySelector('#empty-state').hidden)
        """, null, Patiently);

    /// <summary>Waits for a page-side condition, then for the view to settle.</summary>
    public async Task WaitForAsync(string predicate, object? argument = null)
    {
        await Page.WaitForFunctionAsync(predicate, argument, Patiently);
        await WaitUntilSettledAsync();
    }

    public async Task<(int Nodes, int Edges)> CountsAsync()
    {
        var counts = await Page.EvaluateAsync<JsonElement>("() => window.__kgPerf.counts()");
        return (counts.GetProperty("nodes").GetInt32(), counts.GetProperty("edges").GetInt32());
    }

    /// <summary>
    /// How far the drawn graph's centre is from the canvas centre, as a fraction of the canvas size on each axis, and
    /// whether all of it lies on the canvas: a fitted view is centred and whole.
    /// </summary>
    public async Task<(double OffCentreX, double OffCentreY, bool Whole)> DrawnPlacementAsync()
    {
        // Right after the list view is closed the canvas can still be zero-sized for a frame (seen once: every bound
        // infinite); the placement is read once the canvas has its size again and the view has settled.
        await WaitForAsync("() => { const b = window.__kgPerf.drawnBounds(); return b.width > 0 && b.height > 0 && Number.isFinite(b.x1 + b.x2 + b.y1 + b.y2); }");
        var b = await Page.EvaluateAsync<JsonElement>("() => window.__kgPerf.drawnBounds()");
        double Get(string name) => b.GetProperty(name).GetDouble();
        var (width, height) = (Get("width"), Get("height"));
        var offX = Math.Abs(((Get("x1") + Get("x2")) / 2) - (width / 2)) / width;
        var offY = Math.Abs(((Get("y1") + Get("y2")) / 2) - (height / 2)) / height;
        var whole = Get("x1") >= -1 && Get("y1") >= -1 && Get("x2") <= width + 1 && Get("y2") <= height + 1;
        return (offX, offY, whole);
    }

    /// <summary>The page coordinates of a node, or of an edge's midpoint; null when it is not on the canvas.</summary>
    public async Task<(float X, float Y)?> LocateAsync(string id)
    {
        var point = await Page.EvaluateAsync<JsonElement?>("id => window.__kgPerf.locate(id)", id);
        return point is { ValueKind: JsonValueKind.Object } p
            ? ((float)p.GetProperty("x").GetDouble(), (float)p.GetProperty("y").GetDouble())
            : null;
    }

    public async Task ClickOnCanvasAsync(string id)
    {
        var point = await LocateAsync(id) ?? throw new InvalidOperationException($"\"{id}\" is not on the canvas");
        await Page.Mouse.ClickAsync(point.X, point.Y);
    }

    public async Task SetListViewAsync(bool shown)
    {
        var toggle = Page.Locator("#list-toggle");
        if (await toggle.GetAttributeAsync("aria-pressed") != (shown ? "true" : "false"))
        {
            await toggle.ClickAsync();
        }
    }

    /// <summary>The actor ids and relation ids on screen, read from the list view (the graph's text alternative).</summary>
    public async Task<(SortedSet<string> Actors, SortedSet<string> Relations)> ListedAsync()
    {
        var shown = await Page.Locator("#list-toggle").GetAttributeAsync("aria-pressed") == "true";
        await SetListViewAsync(true);
        var actors = await Page.Locator("#node-list button[data-actor-id]").EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.actorId)");
        var relations = await Page.Locator("#edge-list button[data-edge-id]").EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.edgeId)");
        await SetListViewAsync(shown);
        return (new SortedSet<string>(actors, StringComparer.Ordinal), new SortedSet<string>(relations, StringComparer.Ordinal));
    }

    /// <summary>
    /// Moves both timeline handles by keyboard to one month, given as the handles announce it ("November 2023"):
    /// the end handle steps left from the newest month, then End takes the start handle as far as the end handle.
    /// </summary>
    public async Task NarrowWindowToMonthAsync(string month)
    {
        var to = Page.Locator("#window-to");
        await to.FocusAsync();
        var steps = int.Parse(await to.GetAttributeAsync("max") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i <= steps && await to.GetAttributeAsync("aria-valuetext") != month; i++)
        {
            await to.PressAsync("ArrowLeft");
        }

        var from = Page.Locator("#window-from");
        await from.FocusAsync();
        await from.PressAsync("End");
        Assert.Equal(month, await to.GetAttributeAsync("aria-valuetext"));
        Assert.Equal(month, await from.GetAttributeAsync("aria-valuetext"));
    }

    /// <summary>The page's own URL state: its query parameters.</summary>
    public IReadOnlyDictionary<string, string> UrlState()
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(Page.Url).Query);
        return query.AllKeys.OfType<string>().ToDictionary(key => key, key => query[key]!, StringComparer.Ordinal);
    }

    public ValueTask DisposeAsync() => new(Page.Context.CloseAsync());
}
