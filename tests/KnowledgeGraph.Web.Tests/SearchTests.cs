using KnowledgeGraph.Web.Tests.TestUtilities;

namespace KnowledgeGraph.Web.Tests;

/// <summary>The actor search boxes as a sighted reader uses them.</summary>
public sealed class SearchTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Fact]
    public async Task A_name_that_matches_no_actor_says_so_under_the_box_and_the_message_goes_once_the_box_is_left()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync();
        var search = view.Page.Locator("#search");

        await search.FillAsync("Hizballah Brigadez");
        var message = view.Page.Locator("#search-status");
        await view.Page.WaitForFunctionAsync("() => document.querySelector('#search-status').textContent.startsWith('No actor matches')");

        Assert.True(await message.IsVisibleAsync(), "the no-match message should be visible, not only announced");
        var box = await message.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 10 }, "the no-match message should be readable, not a 1 px screen-reader-only box");
        await Artifacts.ScreenshotAsync(view.Page, "12-search-no-match");

        await view.Page.Locator("#list-toggle").FocusAsync();
        var left = await message.BoundingBoxAsync();
        Assert.True(left is null || left.Width <= 1, "the message should not stay on screen once the box is left");
        Assert.Empty(view.Errors);
    }
}
