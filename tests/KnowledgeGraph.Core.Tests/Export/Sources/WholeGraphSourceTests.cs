using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.Export.Sources;

public sealed class WholeGraphSourceTests
{
    [Fact]
    public async Task Relations_from_the_compact_grouping_equal_the_domain_aggregation_of_the_live_ties()
    {
        var store = await ExportScenarios.GeneratedStoreAsync();
        var source = await ExportSource.OpenAsync(store, ExportSelection.WholeGraph(EdgeMode.Relations), ExportScenarios.ExportedAt, default);
        var expected = RelationAggregator.Aggregate(await store.StreamTiesAsync(TieFilter.None).ToListAsync());
        var actual = await source.EdgesAsync(default).Cast<RelationEdge>().ToListAsync();

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(
            expected.Select(r => $"{r.Source} {r.Type} {r.Target} {r.ReportCount} {r.FirstDate} {r.LastDate} {string.Join(',', r.Articles)} {string.Join(',', r.TieIds)}"),
            actual.Select(r => $"{r.Source} {r.Type} {r.Target} {r.ReportCount} {r.FirstDate} {r.LastDate} {string.Join(',', r.Articles)} {string.Join(',', r.ReportIds)}"));
        Assert.Contains(actual, r => r.ReportCount > 3 && r.Spells.Count > 1);
    }

    [Fact]
    public async Task Report_edges_are_the_live_ties_in_id_order_with_their_article_titles()
    {
        var store = await ExportScenarios.GeneratedStoreAsync();
        var source = await ExportSource.OpenAsync(store, ExportSelection.WholeGraph(), ExportScenarios.ExportedAt, default);
        var edges = await source.EdgesAsync(default).Cast<ReportEdge>().ToListAsync();
        var live = await store.StreamTiesAsync(TieFilter.None).ToListAsync();
        var articles = await store.GetArticlesAsync([.. live.Select(t => t.Article).Distinct()]);

        Assert.Equal(live, edges.Select(e => e.Tie));
        Assert.DoesNotContain(edges, e => e.Tie.IsRetracted);
        Assert.All(edges, e => Assert.Equal(articles[e.Tie.Article].Title, e.Article?.Title));
    }

    [Fact]
    public async Task The_metadata_counts_every_actor_and_live_tie_and_cites_the_articles_those_ties_use()
    {
        var store = await ExportScenarios.GeneratedStoreAsync();
        var source = await ExportSource.OpenAsync(store, ExportSelection.WholeGraph(EdgeMode.Relations), ExportScenarios.ExportedAt, default);
        var live = await store.StreamTiesAsync(TieFilter.None).ToListAsync();
        var counts = await store.GetCountsAsync();

        Assert.Equal(counts.ActorsByKind.Values.Sum(), source.Metadata.NodeCount);
        Assert.Equal(live.Count, source.Metadata.ReportCount);
        Assert.Equal(RelationAggregator.Aggregate(live).Count, source.Metadata.EdgeCount);
        Assert.Equal(live.Select(t => t.Article).Distinct().Order(StringComparer.Ordinal), source.Metadata.Articles.Select(a => a.Id));
        Assert.Equal(source.Metadata.NodeCount, await source.NodesAsync(default).CountAsync());
    }
}
