using System.Globalization;
using System.Xml.Linq;
using KnowledgeGraph.Web.Tests.TestUtilities;
using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests;

/// <summary>Exporting the view from its menu: the file downloaded is what is on screen, in a valid format.</summary>
public sealed class ExportTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";
    private static readonly DateOnly WindowStart = new(2023, 10, 1);
    private static readonly DateOnly WindowEnd = new(2024, 1, 31);

    [Fact]
    public async Task The_GEXF_download_is_schema_valid_and_holds_the_view_as_a_dynamic_graph_with_time_bounds_in_its_window()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync("actors=kataib-hezbollah,islamic-resistance-in-iraq&from=2023-10&to=2024-01&includeUndated=false");
        var onScreen = await view.ListedAsync();
        Assert.True(onScreen.Relations.Count > 2, "the view should show several relations");

        await view.Page.Locator("#export-button").ClickAsync();
        await Assertions.Expect(view.Page.Locator("#export-menu")).ToBeInViewportAsync(new() { Ratio = 1 });
        await Artifacts.ScreenshotAsync(view.Page, "06-export-menu");
        var download = await view.Page.RunAndWaitForDownloadAsync(() => view.Page.Locator("#export-gexf").ClickAsync());
        var file = Artifacts.PathOf("view.gexf");
        await download.SaveAsAsync(file);

        var (exitCode, output) = await Xmllint.ValidateAsync(file, Xmllint.GexfSchema);
        Assert.True(exitCode == 0, output);
        var graph = XDocument.Load(file).Root!.Element(Gexf + "graph")!;
        Assert.Equal(("dynamic", "date"), ((string?)graph.Attribute("mode"), (string?)graph.Attribute("timeformat")));
        var nodes = graph.Element(Gexf + "nodes")!.Elements(Gexf + "node").ToList();
        var edges = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToList();
        Assert.Equal(onScreen.Actors, nodes.Select(n => (string)n.Attribute("id")!).Order(StringComparer.Ordinal));
        Assert.Equal(onScreen.Relations, edges.Select(e => (string)e.Attribute("id")!).Order(StringComparer.Ordinal));

        // Undated reports are left out of the view, so every relation on screen has a dated report in the window:
        // every edge has time bounds that meet October 2023 to January 2024, and every actor has a span.
        foreach (var edge in edges)
        {
            var spells = edge.Element(Gexf + "spells")?.Elements(Gexf + "spell").Select(Bounds).ToList() ?? [];
            Assert.True(spells.Count > 0, $"edge {edge.Attribute("id")} has no spells");
            Assert.All(spells, s => Assert.True(s.Start <= WindowEnd && s.End >= WindowStart && s.Start <= s.End, $"{edge.Attribute("id")}: {s}"));
        }

        Assert.All(nodes, node => Assert.True(Bounds(node).Start <= Bounds(node).End, $"node {node.Attribute("id")} has no time bounds"));
        Assert.Empty(view.Errors);
    }

    private static (DateOnly Start, DateOnly End) Bounds(XElement element) =>
        (Day(element, "start"), Day(element, "end"));

    private static DateOnly Day(XElement element, string attribute) =>
        DateOnly.ParseExact((string?)element.Attribute(attribute) ?? throw new InvalidOperationException($"{element} has no {attribute}"),
            "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
