using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// A neighbourhood (capped by <see cref="ExportSelection.MaxNodes"/>) or the ties of some articles, held in memory:
/// its size is bounded by the selection, not by the graph.
/// </summary>
internal sealed class SubgraphSource : ExportSource
{
    private readonly List<ExportNode> _nodes;
    private readonly List<ExportEdge> _edges;

    private SubgraphSource(ExportSelection selection, DateTimeOffset exportedAt, IReadOnlyList<Actor> actors, IReadOnlyList<Tie> ties,
        IReadOnlyList<Article> articles, bool truncated)
    {
        Actors = actors;
        Ties = ties;
        Articles = articles;
        var summaries = articles.ToDictionary(a => a.Id, ArticleSummary.Of, StringComparer.Ordinal);
        _edges = selection.Edges == EdgeMode.Relations
            ? FoldRelations(ties)
            : [.. ties.Select(t => new ReportEdge(t, summaries.GetValueOrDefault(t.Article)))];
        var spans = new Dictionary<string, NodeSpan>(StringComparer.Ordinal);
        foreach (var edge in _edges)
        {
            Observe(spans, edge.Source, edge.Time);
            Observe(spans, edge.Target, edge.Time);
        }

        _nodes = [.. actors.Select(a => new ExportNode(a, spans.GetValueOrDefault(a.Id).Span))];
        Metadata = new ExportMetadata(selection, exportedAt, actors.Count, _edges.Count, ties.Count, truncated, [.. summaries.Values]);
    }

    public override ExportSelection Selection => Metadata.Selection;

    public override DateTimeOffset ExportedAt => Metadata.ExportedAt;

    public override ExportMetadata Metadata { get; }

    /// <value>The actors, seeds first for a neighbourhood, in id order for articles.</value>
    public IReadOnlyList<Actor> Actors { get; }

    /// <value>The live ties that passed the selection's filters.</value>
    public IReadOnlyList<Tie> Ties { get; }

    /// <value>The articles the ties cite, with their text, in id order.</value>
    public IReadOnlyList<Article> Articles { get; }

    public static async Task<SubgraphSource> ReadAsync(IGraphStore store, ExportSelection selection, DateTimeOffset exportedAt,
        CancellationToken cancellationToken)
    {
        if (selection.Scope == ExportScope.Neighbourhood)
        {
            await SelectedIds.RequireAsync(store.GetActorsAsync, selection.ActorIds, ExportSelection.ActorsParameter, cancellationToken).ConfigureAwait(false);
            var query = new NeighbourhoodQuery
            {
                ActorIds = selection.ActorIds,
                Depth = selection.Depth,
                Filter = selection.ToTieFilter(),
                MaxNodes = selection.MaxNodes,
            };
            var subgraph = await store.GetNeighbourhoodAsync(query, cancellationToken).ConfigureAwait(false);
            var cited = subgraph.Ties.Select(t => t.Article).Distinct(StringComparer.Ordinal).ToArray();
            var articles = await store.GetArticlesAsync(cited, cancellationToken).ConfigureAwait(false);
            return new SubgraphSource(selection, exportedAt, subgraph.Actors, subgraph.Ties, InIdOrder(articles.Values), subgraph.Truncated);
        }

        var selected = await SelectedIds.RequireAsync(store.GetArticlesAsync, selection.ArticleIds, ExportSelection.ArticlesParameter, cancellationToken).ConfigureAwait(false);
        var byArticle = await store.GetTiesOfArticlesAsync(selection.ArticleIds, selection.ToTieFilter(), cancellationToken).ConfigureAwait(false);
        var ties = selection.ArticleIds.SelectMany(id => byArticle.GetValueOrDefault(id) ?? []).DistinctBy(t => t.Id).ToList();
        var ends = ties.SelectMany(t => new[] { t.Source, t.Target }).Distinct(StringComparer.Ordinal).ToArray();
        var actors = (await store.GetActorsAsync(ends, cancellationToken).ConfigureAwait(false)).Values
            .DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var citedArticles = ties.Select(t => t.Article).Distinct(StringComparer.Ordinal).Select(id => selected[id]);
        return new SubgraphSource(selection, exportedAt, actors, ties, InIdOrder(citedArticles), truncated: false);
    }

    public override IAsyncEnumerable<ExportNode> NodesAsync(CancellationToken cancellationToken) => _nodes.ToAsyncEnumerable();

    public override IAsyncEnumerable<ExportEdge> EdgesAsync(CancellationToken cancellationToken) => _edges.ToAsyncEnumerable();

    private static List<ExportEdge> FoldRelations(IReadOnlyList<Tie> ties)
    {
        var builders = new Dictionary<(string, TieType, string), RelationEdgeBuilder>();
        var order = new List<RelationEdgeBuilder>();
        foreach (var tie in ties)
        {
            if (!builders.TryGetValue((tie.Source, tie.Type, tie.Target), out var builder))
            {
                builders[(tie.Source, tie.Type, tie.Target)] = builder = new RelationEdgeBuilder(tie.Source, tie.Type, tie.Target);
                order.Add(builder);
            }

            builder.Add(tie.Id, tie.Article, tie.Date);
        }

        return [.. order.Select(b => b.Build())];
    }

    private static void Observe(Dictionary<string, NodeSpan> spans, string actorId, DayInterval? time)
    {
        var span = spans.GetValueOrDefault(actorId);
        span.Observe(time);
        spans[actorId] = span;
    }

    private static List<Article> InIdOrder(IEnumerable<Article> articles) => [.. articles.OrderBy(a => a.Id, StringComparer.Ordinal)];
}
