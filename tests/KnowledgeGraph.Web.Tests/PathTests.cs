using KnowledgeGraph.Web.Tests.TestUtilities;

namespace KnowledgeGraph.Web.Tests;

/// <summary>The path finder: two actors chosen from suggestions, the shortest paths between them listed and highlighted.</summary>
public sealed class PathTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Fact]
    public async Task Finding_paths_between_Soleimani_and_Sudani_lists_the_API_paths_and_puts_their_actors_on_screen()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync();

        await ChooseAsync(view, "#path-from", "Qassem Soleimani", "qassem-soleimani");
        await ChooseAsync(view, "#path-to", "Mohammed Shia al-Sudani", "mohammed-shia-al-sudani");
        await view.Page.Locator("#path-find").ClickAsync();
        var found = view.Page.Locator("#path-results button");
        await found.First.WaitForAsync();
        await view.WaitForAsync("() => /highlighted on the graph/.test(document.querySelector('#path-status').textContent)");

        var state = view.UrlState();
        Assert.Equal(("qassem-soleimani", "mohammed-shia-al-sudani"), (state["pathFrom"], state["pathTo"]));
        var expected = await fixture.Api.QueryAsync(
            "query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4, limit: 10) { actors { id name } } }",
            new { from = "qassem-soleimani", to = "mohammed-shia-al-sudani" });
        var paths = expected.GetProperty("paths").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        Assert.Equal(paths.Count, await found.CountAsync());
        var texts = await found.AllTextContentsAsync();
        Assert.All(texts, text => Assert.Matches("^Qassem Soleimani .* Mohammed Shia al-Sudani$", text));
        var onScreen = (await view.ListedAsync()).Actors;
        var onPaths = paths.SelectMany(p => p.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()!));
        Assert.Superset(onPaths.ToHashSet(), onScreen.ToHashSet());
        await Artifacts.ScreenshotAsync(view.Page, "07-paths-all-highlighted");

        await found.First.ClickAsync();
        Assert.Equal("true", await found.First.GetAttributeAsync("aria-pressed"));
        await Artifacts.ScreenshotAsync(view.Page, "08-paths-first-highlighted");
        Assert.Empty(view.Errors);
    }

    private static async Task ChooseAsync(GraphViewPage view, string box, string name, string actorId)
    {
        await view.Page.Locator(box).FillAsync(name);
        await view.Page.Locator($"{box}-results [role=option][data-actor-id={actorId}]").ClickAsync();
        Assert.Equal(name, await view.Page.Locator(box).InputValueAsync());
    }
}
