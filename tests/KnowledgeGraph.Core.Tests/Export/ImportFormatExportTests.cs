using System.Text.Json;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.Export;

public sealed class ImportFormatExportTests
{
    public static TheoryData<string> Subgraphs => ["seed-neighbourhood", "seed-articles", "generated-neighbourhood-window"];

    [Theory]
    [MemberData(nameof(Subgraphs))]
    public async Task A_subgraph_export_imports_into_an_empty_store_as_the_same_actors_ties_and_articles(string name)
    {
        var scenario = await SubgraphAsync(name);
        var expected = await ExpectedExport.ForAsync(scenario);
        var (imported, _) = await RoundTripAsync(scenario);

        Assert.Equal(expected.Actors.Values.Select(Describe).Order(), (await imported.StreamActorsAsync().ToListAsync()).Select(Describe).Order());
        Assert.Equal(expected.Ties.OrderBy(t => t.Id, StringComparer.Ordinal), await imported.StreamTiesAsync(TieFilter.None with { IncludeRetracted = true }).ToListAsync());
        Assert.Equal(expected.Articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal), await imported.StreamArticlesAsync().ToListAsync());
    }

    [Fact]
    public async Task A_subgraph_export_says_what_it_holds_in_its_meta()
    {
        var scenario = await SubgraphAsync("generated-neighbourhood-window");
        var expected = await ExpectedExport.ForAsync(scenario);
        var (_, document) = await RoundTripAsync(scenario);
        var meta = document.RootElement.GetProperty("meta");
        Assert.Equal(GraphDocumentWriter.FormatName, meta.GetProperty("format").GetString());
        Assert.Equal("2024-02-14T09:30:00.000Z", meta.GetProperty("exportedAt").GetString());
        Assert.StartsWith(scenario.Selection.Describe(), meta.GetProperty("selection").GetProperty("scope").GetString(), StringComparison.Ordinal);
        Assert.Equal(scenario.Selection.ToQueryString(), meta.GetProperty("selection").GetProperty("query").GetString());
        Assert.Equal(expected.Truncated, meta.GetProperty("selection").GetProperty("truncated").GetBoolean());
        Assert.Equal(expected.Ties.Count, meta.GetProperty("counts").GetProperty("ties").GetInt32());
        Assert.Empty(document.RootElement.GetProperty("merges").EnumerateArray());
    }

    [Fact]
    public async Task The_whole_graph_export_imports_as_an_equal_graph_with_its_retracted_ties()
    {
        var store = await ExportScenarios.GeneratedStoreAsync();
        var (imported, _) = await RoundTripAsync(new ExportScenario("generated-graph", store, ExportSelection.WholeGraph()));
        var everyTie = TieFilter.None with { IncludeRetracted = true };

        Assert.Equal((await store.StreamActorsAsync().ToListAsync()).Select(Describe), (await imported.StreamActorsAsync().ToListAsync()).Select(Describe));
        Assert.Equal(await store.StreamTiesAsync(everyTie).ToListAsync(), await imported.StreamTiesAsync(everyTie).ToListAsync());
        Assert.Equal(await store.StreamArticlesAsync().ToListAsync(), await imported.StreamArticlesAsync().ToListAsync());
        Assert.Contains(await imported.StreamTiesAsync(everyTie).ToListAsync(), t => t.IsRetracted);
    }

    [Fact]
    public async Task The_import_format_refuses_relations()
    {
        var store = await ExportScenarios.SeedStoreAsync();
        using var output = new MemoryStream();
        await Assert.ThrowsAsync<ArgumentException>(() =>
            GraphExporters.Json.WriteAsync(store, ExportSelection.WholeGraph(EdgeMode.Relations), output, ExportScenarios.ExportedAt));
        Assert.Equal(0, output.Length);
    }

    private static async Task<ExportScenario> SubgraphAsync(string name)
    {
        var seed = await ExportScenarios.SeedStoreAsync();
        var generated = await ExportScenarios.GeneratedStoreAsync();
        return name switch
        {
            "seed-neighbourhood" => new(name, seed, ExportSelection.Neighbourhood(["kataib-hezbollah"], depth: 2)),
            "seed-articles" => new(name, seed, ExportSelection.OfArticles(["asharq-al-awsat-factions-attacks-2024"], types: [TieType.Attacked, TieType.Leads])),
            _ => new(name, generated, ExportSelection.Neighbourhood(["actor-0001"], depth: 3,
                window: DateWindow.Between(PartialDate.OfYear(2021), PartialDate.OfMonth(2022, 6), includeUndated: true), maxNodes: 60)),
        };
    }

    // Export, read the document back as kg import would (text inline, no folder to resolve files in), import it.
    private static async Task<(IGraphStore Imported, JsonDocument Document)> RoundTripAsync(ExportScenario scenario)
    {
        using var output = new MemoryStream();
        await GraphExporters.Json.WriteAsync(scenario.Store, scenario.Selection, output, ExportScenarios.ExportedAt);
        output.Position = 0;
        var batch = await GraphDocumentReader.ReadAsync(output, textFileRoot: null);
        return (await ExportStores.CreateAsync(batch), JsonDocument.Parse(output.ToArray()));
    }

    private static string Describe(Actor actor) =>
        $"{actor.Id}|{actor.Kind}|{actor.Name}|{string.Join('\u001F', actor.Aliases)}|{actor.Description}|{actor.Wikidata}";
}
