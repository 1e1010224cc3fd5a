using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.Export.Sources;

public sealed class StreamedGraphSourceTests
{
    [Fact]
    public async Task Report_edges_are_the_live_ties_in_id_order_with_their_article_titles()
    {
        var store = await ExportScenarios.GeneratedStoreAsync();
        var source = await OpenAsync();
        var edges = await source.EdgesAsync(default).Cast<ReportEdge>().ToListAsync();
        var live = await store.StreamTiesAsync(TieFilter.None).ToListAsync();
        var articles = await store.GetArticlesAsync([.. live.Select(t => t.Article).Distinct()]);

        Assert.Equal(live, edges.Select(e => e.Tie));
        Assert.DoesNotContain(edges, e => e.Tie.IsRetracted);
        Assert.All(edges, e => Assert.Equal(articles[e.Tie.Article].Title, e.Article?.Title));
    }

    [Fact]
    public async Task The_metadata_is_known_once_nodes_and_edges_have_streamed_and_equals_what_an_index_finds_first()
    {
        var store = await ExportScenarios.GeneratedStoreAsync();
        var streamed = await OpenAsync();
        var indexed = await ExportSource.OpenAsync(store, ExportSelection.WholeGraph(), ExportScenarios.ExportedAt, metadataFirst: true, default);

        Assert.Throws<InvalidOperationException>(() => streamed.Metadata);
        await streamed.NodesAsync(default).CountAsync();
        await streamed.EdgesAsync(default).CountAsync();

        Assert.Equal(
            (indexed.Metadata.NodeCount, indexed.Metadata.EdgeCount, indexed.Metadata.ReportCount),
            (streamed.Metadata.NodeCount, streamed.Metadata.EdgeCount, streamed.Metadata.ReportCount));
        Assert.Equal(indexed.Metadata.Articles, streamed.Metadata.Articles);
    }

    [Fact]
    public async Task Nodes_streamed_after_the_edges_carry_the_same_spans_an_index_gives()
    {
        var store = await ExportScenarios.GeneratedStoreAsync();
        var streamed = await OpenAsync();
        var indexed = await ExportSource.OpenAsync(store, ExportSelection.WholeGraph(), ExportScenarios.ExportedAt, metadataFirst: true, default);

        await streamed.EdgesAsync(default).CountAsync();
        var spans = await streamed.NodesAsync(default).Select(n => (n.Actor.Id, n.Span)).ToListAsync();

        Assert.IsType<StreamedGraphSource>(streamed);
        Assert.Equal(await indexed.NodesAsync(default).Select(n => (n.Actor.Id, n.Span)).ToListAsync(), spans);
        Assert.Contains(spans, s => s.Span is not null);
    }

    private static async Task<ExportSource> OpenAsync() =>
        await ExportSource.OpenAsync(await ExportScenarios.GeneratedStoreAsync(), ExportSelection.WholeGraph(), ExportScenarios.ExportedAt,
            metadataFirst: false, default);
}
