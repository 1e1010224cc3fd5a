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
    public async Task The_metadata_is_known_once_nodes_and_edges_have_streamed_and_counts_every_actor_live_tie_and_cited_article()
    {
        var streamed = await OpenAsync();
        var expected = await ExpectedAsync();

        Assert.False(streamed.MetadataKnownFirst);
        Assert.Throws<InvalidOperationException>(() => streamed.Metadata);
        await streamed.EdgesAsync(default).CountAsync();
        await streamed.NodesAsync(default).CountAsync();

        Assert.Equal((expected.Actors.Count, expected.EdgeCount, expected.Ties.Count),
            (streamed.Metadata.NodeCount, streamed.Metadata.EdgeCount, streamed.Metadata.ReportCount));
        Assert.Equal(expected.Articles.Keys.Order(StringComparer.Ordinal), streamed.Metadata.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task Nodes_streamed_after_the_edges_span_from_their_earliest_to_their_latest_dated_tie()
    {
        var streamed = await OpenAsync();
        var expected = await ExpectedAsync();

        await streamed.EdgesAsync(default).CountAsync();
        var spans = await streamed.NodesAsync(default).ToDictionaryAsync(n => n.Actor.Id, n => n.Span);

        Assert.IsType<StreamedGraphSource>(streamed);
        Assert.Equal(expected.NodeSpans.Keys.Order(StringComparer.Ordinal), spans.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected.NodeSpans, pair => Assert.Equal(pair.Value, spans[pair.Key] is { } span ? (span.Start, span.End) : null));
        Assert.Contains(spans.Values, s => s is not null);
    }

    private static async Task<ExpectedExport> ExpectedAsync() =>
        await ExpectedExport.ForAsync(new ExportScenario("generated-graph-reports", await ExportScenarios.GeneratedStoreAsync(), ExportSelection.WholeGraph()));

    private static async Task<ExportSource> OpenAsync() =>
        await ExportSource.OpenAsync(await ExportScenarios.GeneratedStoreAsync(), ExportSelection.WholeGraph(), ExportScenarios.ExportedAt, default);
}
