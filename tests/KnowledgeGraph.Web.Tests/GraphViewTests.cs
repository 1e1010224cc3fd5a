using System.Globalization;
using KnowledgeGraph.Web.Tests.TestUtilities;
using Microsoft.Playwright;

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

    [Fact]
    public async Task Narrowing_the_timeline_by_keyboard_shows_the_neighbourhood_the_API_gives_for_that_window()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync($"actors={KataibHezbollah}");
        var unbounded = await view.CountsAsync();

        await view.NarrowWindowToMonthAsync("November 2023");
        var expected = await fixture.Api.NeighbourhoodAsync([KataibHezbollah], depth: 1, from: "2023-11", to: "2023-11");
        Assert.True(expected.Relations.Count < unbounded.Edges, "the window should hide some of the relations");
        await view.WaitForAsync("n => window.__kgPerf.counts().edges === n", expected.Relations.Count);

        var state = view.UrlState();
        Assert.Equal(("2023-11", "2023-11"), (state["from"], state["to"]));
        Assert.Equal("November 2023", await view.Page.Locator("#window-label").TextContentAsync());
        var listed = await view.ListedAsync();
        Assert.Equal(expected.Actors, listed.Actors);
        Assert.Equal(expected.Relations, listed.Relations);
        var placement = await view.DrawnPlacementAsync();
        Assert.True(placement is { OffCentreX: < 0.02, OffCentreY: < 0.02, Whole: true }, $"the narrowed graph is not fitted: {placement}");
        await Artifacts.ScreenshotAsync(view.Page, "03-window-november-2023");
        Assert.Empty(view.Errors);
    }

    [Fact]
    public async Task The_list_view_puts_each_relations_report_count_right_after_its_label()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync($"actors={KataibHezbollah}");
        await view.SetListViewAsync(true);

        // The count must read on as the label's last words, on its last line, not as a column of its own.
        var misplaced = await view.Page.Locator("#edge-list button[data-edge-id]").EvaluateAllAsync<string[]>(
            """
            buttons => buttons.flatMap((button) => {
              const meta = button.querySelector('.list-meta');
              const label = document.createRange();
              label.setStartBefore(button.querySelector('.list-text').firstChild);
              label.setEndAfter(button.querySelector('.list-text').firstChild);
              const lines = label.getClientRects();
              const last = lines[lines.length - 1];
              const count = meta.getClientRects()[0];
              const follows = Math.abs(count.bottom - last.bottom) < 4 && count.left >= last.right - 1 && count.left - last.right < 8;
              return follows && /^, \d+ reports?$/.test(meta.textContent) ? [] : [button.textContent];
            })
            """);

        Assert.True(await view.Page.Locator("#edge-list button[data-edge-id]").CountAsync() > 5);
        Assert.Empty(misplaced);
        await Artifacts.ScreenshotAsync(view.Page, "03b-list-view");
        Assert.Empty(view.Errors);
    }

    [Fact]
    public async Task Clicking_an_edge_shows_its_evidence_marked_with_the_article_publisher_and_dates()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync($"actors={KataibHezbollah}&from=2023-11&to=2023-11");

        await view.ClickOnCanvasAsync(AmiriMeeting);
        var report = view.Page.Locator("#edge-panel #report-list .report");
        await report.First.WaitForAsync();

        Assert.Equal(AmiriMeeting, view.UrlState()["edge"]);
        var tie = (await fixture.Api.RelationTiesAsync("hadi-al-amiri", "MET_WITH", KataibHezbollah)).EnumerateArray()
            .Single(t => t.GetProperty("date").GetProperty("value").GetString() == "2023-11-20");
        var evidence = tie.GetProperty("evidence").GetString()!;
        Assert.Contains("Hizbullah Brigades", evidence, StringComparison.Ordinal);
        var article = tie.GetProperty("article");
        var shown = report.Filter(new LocatorFilterOptions { Has = view.Page.Locator("mark", new PageLocatorOptions { HasTextString = evidence }) });
        Assert.Equal(1, await shown.CountAsync());
        Assert.Equal(evidence, await shown.Locator("blockquote.evidence mark").TextContentAsync());
        Assert.Equal($"{article.GetProperty("publisher").GetString()} · published {DayText(article.GetProperty("publishedAt"))}",
            await shown.Locator(".report-source").TextContentAsync());
        Assert.Equal($"{DayText(tie.GetProperty("date"))} (day precision)", await shown.Locator(".report-date").TextContentAsync());
        Assert.Equal("Hadi al-Amiri met with Kataib Hezbollah", await view.Page.Locator("#edge-panel-title").TextContentAsync());
        await Artifacts.ScreenshotAsync(view.Page, "04-evidence-panel");
        Assert.Empty(view.Errors);
    }

    [Fact]
    public async Task Reloading_a_shared_view_URL_in_a_new_page_restores_the_same_view()
    {
        await using var first = await fixture.NewViewAsync();
        await first.OpenAsync($"actors={KataibHezbollah}");
        await first.NarrowWindowToMonthAsync("November 2023");
        await first.WaitForAsync("() => new URLSearchParams(location.search).get('from') === '2023-11'");
        await first.SetListViewAsync(true);
        await first.Page.Locator("#node-list button[data-actor-id=hadi-al-amiri]").ClickAsync();
        await first.WaitForAsync("() => new URLSearchParams(location.search).get('expanded') === 'hadi-al-amiri'");
        await first.Page.Locator($"#edge-list button[data-edge-id='{AmiriMeeting}']").ClickAsync();
        await first.Page.Locator("#report-list .report").First.WaitForAsync();
        var shared = first.Page.Url;
        var view = await first.ListedAsync();
        var title = await first.Page.Locator("#edge-panel-title").TextContentAsync();
        var reports = await first.Page.Locator("#report-list .report").AllTextContentsAsync();

        await using var second = await fixture.NewViewAsync();
        await second.Page.GotoAsync(shared);
        await second.WaitUntilSettledAsync();
        await second.Page.Locator("#report-list .report").First.WaitForAsync();

        Assert.Equal(first.UrlState(), second.UrlState());
        Assert.Equal(("2023-11", "2023-11", "hadi-al-amiri", AmiriMeeting),
            (second.UrlState()["from"], second.UrlState()["to"], second.UrlState()["expanded"], second.UrlState()["edge"]));
        var restored = await second.ListedAsync();
        Assert.Equal(view.Actors, restored.Actors);
        Assert.Equal(view.Relations, restored.Relations);
        Assert.Equal(title, await second.Page.Locator("#edge-panel-title").TextContentAsync());
        Assert.Equal(reports, await second.Page.Locator("#report-list .report").AllTextContentsAsync());
        Assert.Equal("November 2023", await second.Page.Locator("#window-label").TextContentAsync());
        await Artifacts.ScreenshotAsync(second.Page, "05-shared-view-reloaded");
        Assert.Empty(first.Errors);
        Assert.Empty(second.Errors);
    }

    [Fact]
    public async Task A_link_to_a_relation_the_graph_does_not_hold_says_so_rather_than_blaming_a_date_window_it_does_not_have()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync($"actors={KataibHezbollah}&edge={KataibHezbollah}|ATTACKED|iran");
        await view.WaitForAsync("() => document.querySelector('#edge-panel').getAttribute('aria-busy') !== 'true'");

        var summary = await view.Page.Locator("#edge-panel-summary").TextContentAsync();
        Assert.Contains("holds no report of this relation", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("window", summary, StringComparison.Ordinal);
    }

    /// <summary>A day-precision date as the page writes it, "20 November 2023".</summary>
    private static string DayText(System.Text.Json.JsonElement date) =>
        DateOnly.ParseExact(date.GetProperty("value").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            .ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

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
