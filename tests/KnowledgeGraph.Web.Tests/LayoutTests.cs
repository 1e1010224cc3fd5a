using System.Text.Json;
using KnowledgeGraph.Web.Tests.TestUtilities;

namespace KnowledgeGraph.Web.Tests;

/// <summary>The graph view's layout in windows narrower than a laptop's: a tablet, a phone.</summary>
public sealed class LayoutTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(800, 700)]
    public async Task In_a_narrow_window_the_graph_keeps_most_of_the_width_beside_the_open_evidence_and_nothing_scrolls_sideways(int width, int height)
    {
        await using var view = await fixture.NewViewAsync();
        await view.Page.SetViewportSizeAsync(width, height);
        await view.OpenAsync("actors=kataib-hezbollah&edge=hadi-al-amiri|MET_WITH|kataib-hezbollah");
        await view.Page.Locator("#report-list .report").First.WaitForAsync();

        var layout = await view.Page.EvaluateAsync<JsonElement>(
            """
            () => {
              const graph = document.querySelector('#graph').getBoundingClientRect();
              const panel = document.querySelector('#edge-panel').getBoundingClientRect();
              return { pageWidth: document.documentElement.scrollWidth, graphWidth: graph.width, graphHeight: graph.height,
                       panelLeft: panel.left, panelRight: panel.right };
            }
            """);
        double Get(string name) => layout.GetProperty(name).GetDouble();

        Assert.True(Get("pageWidth") <= width, $"the page is {Get("pageWidth")} px wide in a {width} px window");
        Assert.True(Get("graphWidth") >= width / 2.0, $"the graph is {Get("graphWidth")} px wide in a {width} px window");
        Assert.True(Get("graphHeight") >= 150, $"the graph is {Get("graphHeight")} px high");
        Assert.True(Get("panelLeft") >= 0 && Get("panelRight") <= width, "the evidence panel should lie within the window");
        await Artifacts.ScreenshotAsync(view.Page, $"11-narrow-window-{width}");
        Assert.Empty(view.Errors);
    }
}
