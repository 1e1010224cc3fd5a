using System.Runtime.InteropServices;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// What a whole-graph export of relations must know before it writes its first byte, gathered in one pass over the
/// actors, the ties and the articles: the counts, the cited articles, every node's time span and the grouping of the
/// ties into relations. It holds the actor and article ids, the cited articles' summaries and the compact
/// <see cref="RelationGrouping"/>, never the ties themselves.
/// </summary>
internal sealed class WholeGraphIndex
{
    private readonly Dictionary<string, int> _actors = new(StringComparer.Ordinal);
    private readonly List<string> _actorIds = [];
    private readonly Dictionary<string, int> _articles = new(StringComparer.Ordinal);
    private readonly List<string> _articleIds = [];
    private NodeSpan[] _spans = [];

    private WholeGraphIndex()
    {
    }

    public int ActorCount => _actorIds.Count;

    public int TieCount { get; private set; }

    public IReadOnlyList<string> ActorIds => _actorIds;

    public IReadOnlyList<string> ArticleIds => _articleIds;

    /// <value>The grouping of ties into relations.</value>
    public RelationGrouping Relations { get; private set; } = new(0);

    /// <value>The cited articles in id order.</value>
    public IReadOnlyList<ArticleSummary> CitedArticles { get; private set; } = [];

    public static async Task<WholeGraphIndex> BuildAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var index = new WholeGraphIndex();
        await foreach (var actor in ReadAhead.Of(store.StreamActorsAsync(cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            if (index._actors.TryAdd(actor.Id, index._actorIds.Count))
            {
                index._actorIds.Add(actor.Id);
            }
        }

        index._spans = new NodeSpan[index._actorIds.Count];
        var counts = await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
        index.Relations = new RelationGrouping(counts.TiesByType.Values.Sum());

        await foreach (var tie in ReadAhead.Of(store.StreamTiesAsync(TieFilter.None, cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            if (!index.TryFindEnds(tie.Source, tie.Target, out var source, out var target))
            {
                continue;
            }

            index.TieCount++;
            index.Relations.Add(source, tie.Type, target, tie.Id, index.InternArticle(tie.Article), tie.Date);
        }

        index.FoldRelationSpans();
        await index.ReadCitedArticlesAsync(store, cancellationToken).ConfigureAwait(false);
        return index;
    }

    public bool TryFindActor(string actorId, out int actor) => _actors.TryGetValue(actorId, out actor);

    public DayInterval? SpanOf(int actor) => _spans[actor].Span;

    /// <summary>
    /// Finds both ends among the actors of the first pass. Ties whose actor appeared later (a concurrent write)
    /// are left out of the export entirely, so no edge can point at a node that was not written.
    /// </summary>
    private bool TryFindEnds(string sourceId, string targetId, out int source, out int target)
    {
        target = -1;
        return _actors.TryGetValue(sourceId, out source) && _actors.TryGetValue(targetId, out target);
    }

    private int InternArticle(string articleId)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_articles, articleId, out var exists);
        if (!exists)
        {
            slot = _articleIds.Count;
            _articleIds.Add(articleId);
        }

        return slot;
    }

    private void FoldRelationSpans()
    {
        var relations = Relations;
        relations.Seal();
        for (var r = 0; r < relations.RelationCount; r++)
        {
            var (source, _, target) = relations.EndsOf(r);
            var time = relations.TimeOf(r);
            _spans[source].Observe(time);
            _spans[target].Observe(time);
        }
    }

    private async Task ReadCitedArticlesAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var cited = new List<ArticleSummary>(_articleIds.Count);
        await foreach (var article in ReadAhead.Of(store.StreamArticlesAsync(cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            if (_articles.TryGetValue(article.Id, out var index))
            {
                cited.Add(ArticleSummary.Of(article));
            }
        }

        cited.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        CitedArticles = cited;
    }
}
