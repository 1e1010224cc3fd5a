using KnowledgeGraph.Web.Tests.TestUtilities;
using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests;

/// <summary>The date window's handles dragged with a mouse.</summary>
public sealed class TimelineTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Theory]
    [InlineData("2023-11", 6, "2023-11", "2024-05")]
    [InlineData("2016-03", -6, "2015-09", "2016-03")]
    public async Task A_one_month_window_widens_whichever_way_its_coinciding_handles_are_dragged(string month, int months, string from, string to)
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync($"actors=kataib-hezbollah&from={month}&to={month}");
        var track = await view.Page.Locator(".timeline-track").BoundingBoxAsync() ?? throw new InvalidOperationException("no timeline");
        var last = int.Parse(await view.Page.Locator("#window-to").GetAttributeAsync("max") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var at = int.Parse(await view.Page.Locator("#window-to").InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        float X(int index) => track.X + (index / (float)last * track.Width);
        var y = track.Y + (track.Height / 2);

        await view.Page.Mouse.MoveAsync(X(at), y);
        await view.Page.Mouse.DownAsync();
        await view.Page.Mouse.MoveAsync(X(at + months), y, new MouseMoveOptions { Steps = 10 });
        await view.Page.Mouse.UpAsync();
        await view.WaitForAsync("f => new URLSearchParams(location.search).get('from') !== f || new URLSearchParams(location.search).get('to') !== f", month);

        Assert.Equal((from, to), (view.UrlState()["from"], view.UrlState()["to"]));
        Assert.Empty(view.Errors);
    }

    [Fact]
    public async Task A_link_whose_window_lies_outside_the_graphs_dates_is_labelled_with_that_window_not_the_nearest_month()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync("actors=kataib-hezbollah&from=2010-01&to=2012-12");

        Assert.Equal("Jan 2010 – Dec 2012", await view.Page.Locator("#window-label").TextContentAsync());
        Assert.Empty(view.Errors);
    }
}
