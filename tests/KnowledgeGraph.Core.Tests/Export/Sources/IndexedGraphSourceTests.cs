using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.Export.Sources;

public sealed class IndexedGraphSourceTests
{
    [Fact]
    public async Task Relations_from_the_compact_grouping_equal_the_domain_aggregation_of_the_live_ties()
    {
        var store = await ExportScenarios.GeneratedStoreAsync();
        var source = await OpenAsync(EdgeMode.Relations);
        Assert.IsType<IndexedGraphSource>(source);
        var expected = RelationAggregator.Aggregate(await store.StreamTiesAsync(TieFilter.None).ToListAsync());
        var actual = await source.EdgesAsync(default).Cast<RelationEdge>().ToListAsync();

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(
            expected.Select(r => $"{r.Source} {r.Type} {r.Target} {r.ReportCount} {r.FirstDate} {r.LastDate} {string.Join(',', r.Articles)} {string.Join(',', r.TieIds)}"),
            actual.Select(r => $"{r.Source} {r.Type} {r.Target} {r.ReportCount} {r.FirstDate} {r.LastDate} {string.Join(',', r.Articles)} {string.Join(',', r.ReportIds)}"));
        Assert.Contains(actual, r => r.ReportCount > 3 && r.Spells.Count > 1);
    }

    [Fact]
    public async Task The_metadata_is_complete_before_the_first_node_counting_every_actor_and_live_tie_and_citing_their_articles()
    {
        var store = await ExportScenarios.GeneratedStoreAsync();
        var source = await OpenAsync(EdgeMode.Relations);
        var live = await store.StreamTiesAsync(TieFilter.None).ToListAsync();
        var counts = await store.GetCountsAsync();

        Assert.Equal(counts.ActorsByKind.Values.Sum(), source.Metadata.NodeCount);
        Assert.Equal(live.Count, source.Metadata.ReportCount);
        Assert.Equal(RelationAggregator.Aggregate(live).Count, source.Metadata.EdgeCount);
        Assert.Equal(live.Select(t => t.Article).Distinct().Order(StringComparer.Ordinal), source.Metadata.Articles.Select(a => a.Id));
        Assert.Equal(source.Metadata.NodeCount, await source.NodesAsync(default).CountAsync());
    }

    private static async Task<ExportSource> OpenAsync(EdgeMode edges) =>
        await ExportSource.OpenAsync(await ExportScenarios.GeneratedStoreAsync(), ExportSelection.WholeGraph(edges), ExportScenarios.ExportedAt, default);
}
