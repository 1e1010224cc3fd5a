using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Export.Sources;

public sealed class SubgraphSourceTests
{
    [Fact]
    public async Task A_neighbourhood_cut_at_its_actor_cap_says_so()
    {
        var store = await ExportScenarios.GeneratedStoreAsync();
        var source = await ExportSource.OpenAsync(store, ExportSelection.Neighbourhood(["actor-0001"], depth: 3, maxNodes: 12), ExportScenarios.ExportedAt, default);

        Assert.True(source.Metadata.Truncated);
        Assert.Equal(12, source.Metadata.NodeCount);
        Assert.Equal("actor-0001", (await source.NodesAsync(default).FirstAsync()).Actor.Id);
    }

    [Fact]
    public async Task An_articles_export_holds_the_filtered_ties_of_those_articles_and_the_actors_at_their_ends()
    {
        var store = await ExportScenarios.SeedStoreAsync();
        var selection = ExportSelection.OfArticles(["shafaq-news-iri-baghdad-diplomacy-2024"], types: [TieType.Attacked]);
        var source = await ExportSource.OpenAsync(store, selection, ExportScenarios.ExportedAt, default);
        var edges = await source.EdgesAsync(default).Cast<ReportEdge>().ToListAsync();
        var nodes = await source.NodesAsync(default).Select(n => n.Actor.Id).ToListAsync();

        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.Equal((TieType.Attacked, "shafaq-news-iri-baghdad-diplomacy-2024"), (e.Tie.Type, e.Tie.Article)));
        Assert.Equal(edges.SelectMany(e => new[] { e.Tie.Source, e.Tie.Target }).Distinct().Order(StringComparer.Ordinal), nodes);
        Assert.Equal(["shafaq-news-iri-baghdad-diplomacy-2024"], source.Metadata.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task A_relation_edge_of_a_subgraph_folds_its_reports_like_the_domain_does()
    {
        var store = await ExportScenarios.SeedStoreAsync();
        var source = (SubgraphSource)await ExportSource.OpenAsync(store, ExportSelection.Neighbourhood(["kataib-hezbollah"], depth: 2, edges: EdgeMode.Relations),
            ExportScenarios.ExportedAt, default);
        var expected = RelationAggregator.Aggregate(source.Ties);
        var actual = await source.EdgesAsync(default).Cast<RelationEdge>().ToListAsync();

        Assert.Equal(expected.Select(r => (r.Source, r.Type, r.Target, r.ReportCount, r.FirstDate, r.LastDate)),
            actual.Select(r => (r.Source, r.Type, r.Target, r.ReportCount, r.FirstDate, r.LastDate)));
        Assert.Contains(actual, r => r.Type == TieType.MetWith && !r.Directed);
    }
}
