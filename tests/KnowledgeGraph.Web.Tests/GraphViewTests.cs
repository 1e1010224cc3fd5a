using KnowledgeGraph.Web.Tests.TestUtilities;

namespace KnowledgeGraph.Web.Tests;

/// <summary>The graph view over the seed graph: search, expand, the date window, the evidence panel and shared links.</summary>
public sealed class GraphViewTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    private const string KataibHezbollah = "kataib-hezbollah";
    private const string AmiriMeeting = "hadi-al-amiri|MET_WITH|kataib-hezbollah";

    [Fact]
    public async Task Searching_an_actor_opens_its_neighbourhood_and_clicking_a_node_expands_it()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync();

        await view.Page.Locator("#search").FillAsync("Kataib Hezbollah");
        var option = view.Page.Locator($"#search-results [role=option][data-actor-id={KataibHezbollah}]");
        await option.ClickAsync();
        await view.WaitForAsync("() => window.__kgPerf.counts().nodes > 1");

        Assert.Equal(KataibHezbollah, view.UrlState()["actors"]);
        var opened = await view.CountsAsync();
        var expected = await fixture.Api.NeighbourhoodAsync([KataibHezbollah], depth: 1, from: null, to: null);
        Assert.Equal(expected.Actors.Count, opened.Nodes);
        Assert.Equal(expected.Relations.Count, opened.Edges);
        await Artifacts.ScreenshotAsync(view.Page, "01-kataib-hezbollah-neighbourhood");

        var neighbour = await MostConnectedNeighbourAsync(expected.Actors);
        await view.ClickOnCanvasAsync(neighbour);
        await view.WaitForAsync("n => window.__kgPerf.counts().nodes > n", opened.Nodes);

        Assert.Equal(neighbour, view.UrlState()["expanded"]);
        var grown = await fixture.Api.NeighbourhoodAsync([KataibHezbollah, neighbour], depth: 1, from: null, to: null);
        var listed = await view.ListedAsync();
        Assert.Equal(grown.Actors, listed.Actors);
        Assert.Equal(grown.Relations, listed.Relations);
        await Artifacts.ScreenshotAsync(view.Page, "02-expanded");
        Assert.Empty(view.Errors);
    }

    /// <summary>The neighbour whose expansion adds the most actors, so the test sees the view grow.</summary>
    private async Task<string> MostConnectedNeighbourAsync(SortedSet<string> actors)
    {
        var best = (Id: "", Added: 0);
        foreach (var id in actors.Where(a => a != KataibHezbollah))
        {
            var around = await fixture.Api.NeighbourhoodAsync([KataibHezbollah, id], depth: 1, from: null, to: null);
            if (around.Actors.Count - actors.Count > best.Added)
            {
                best = (id, around.Actors.Count - actors.Count);
            }
        }

        Assert.True(best.Added > 0, "no neighbour of Kataib Hezbollah has further neighbours in the seed graph");
        return best.Id;
    }
}
