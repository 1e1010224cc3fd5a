using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Tests.TestUtilities;

/// <summary>The real store with a count of every call, so tests can see how many round trips a request costs.</summary>
internal sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int _calls;
    private int _wholeArticleReads;

    public int Calls => _calls;

    /// <value>How many calls read whole articles, texts included.</value>
    public int WholeArticleReads => _wholeArticleReads;

    public void Reset()
    {
        Interlocked.Exchange(ref _calls, 0);
        Interlocked.Exchange(ref _wholeArticleReads, 0);
    }

    private T Count<T>(T value)
    {
        Interlocked.Increment(ref _calls);
        return value;
    }

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetActorsAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _wholeArticleReads);
        return Count(inner.GetArticlesAsync(ids, cancellationToken));
    }

    public Task<IReadOnlyDictionary<string, ArticleMetadata>> GetArticleMetadataAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetArticleMetadataAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, Tie>> GetTiesByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetTiesByIdAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Tie>>> GetTiesOfActorsAsync(IReadOnlyCollection<string> actorIds, TieFilter filter, CancellationToken cancellationToken = default) => Count(inner.GetTiesOfActorsAsync(actorIds, filter, cancellationToken));

    public Task<IReadOnlyDictionary<string, TiePage>> GetTiePagesOfActorsAsync(IReadOnlyCollection<string> actorIds, TieFilter filter, TiePageRequest page, CancellationToken cancellationToken = default) => Count(inner.GetTiePagesOfActorsAsync(actorIds, filter, page, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Tie>>> GetTiesOfArticlesAsync(IReadOnlyCollection<string> articleIds, TieFilter filter, CancellationToken cancellationToken = default) => Count(inner.GetTiesOfArticlesAsync(articleIds, filter, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfActorsAsync(IReadOnlyCollection<string> actorIds, TieFilter filter, CancellationToken cancellationToken = default) => Count(inner.GetRelationsOfActorsAsync(actorIds, filter, cancellationToken));

    public Task<Page<ActorMatch>> SearchActorsAsync(ActorSearch search, CancellationToken cancellationToken = default) => Count(inner.SearchActorsAsync(search, cancellationToken));

    public Task<IReadOnlyList<Article>> SearchArticlesAsync(string text, int limit, CancellationToken cancellationToken = default) => Count(inner.SearchArticlesAsync(text, limit, cancellationToken));

    public Task<Page<Article>> ListArticlesAsync(string? after, int limit, CancellationToken cancellationToken = default) => Count(inner.ListArticlesAsync(after, limit, cancellationToken));

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) => Count(inner.GetNeighbourhoodAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) => Count(inner.FindPathsAsync(query, cancellationToken));

    public IAsyncEnumerable<Actor> StreamActorsAsync(CancellationToken cancellationToken = default) => Count(inner.StreamActorsAsync(cancellationToken));

    public IAsyncEnumerable<Article> StreamArticlesAsync(CancellationToken cancellationToken = default) => Count(inner.StreamArticlesAsync(cancellationToken));

    public IAsyncEnumerable<Tie> StreamTiesAsync(TieFilter filter, CancellationToken cancellationToken = default) => Count(inner.StreamTiesAsync(filter, cancellationToken));

    public IAsyncEnumerable<MergeRecord> StreamMergesAsync(CancellationToken cancellationToken = default) => Count(inner.StreamMergesAsync(cancellationToken));

    public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) => Count(inner.GetCountsAsync(cancellationToken));

    public Task<Actor> UpsertActorAsync(Actor actor, CancellationToken cancellationToken = default) => Count(inner.UpsertActorAsync(actor, cancellationToken));

    public Task<Actor> AddAliasAsync(string actorId, string alias, CancellationToken cancellationToken = default) => Count(inner.AddAliasAsync(actorId, alias, cancellationToken));

    public Task<Actor> RemoveAliasAsync(string actorId, string alias, CancellationToken cancellationToken = default) => Count(inner.RemoveAliasAsync(actorId, alias, cancellationToken));

    public Task<Article> AddArticleAsync(Article article, CancellationToken cancellationToken = default) => Count(inner.AddArticleAsync(article, cancellationToken));

    public Task<Tie> AddTieAsync(Tie tie, CancellationToken cancellationToken = default) => Count(inner.AddTieAsync(tie, cancellationToken));

    public Task<Tie> RetractTieAsync(string tieId, string reason, string by, CancellationToken cancellationToken = default) => Count(inner.RetractTieAsync(tieId, reason, by, cancellationToken));

    public Task<MergeRecord> MergeActorsAsync(string keptId, string mergedId, string by, string reason, CancellationToken cancellationToken = default) => Count(inner.MergeActorsAsync(keptId, mergedId, by, reason, cancellationToken));

    public Task<ImportResult> ImportAsync(GraphBatch batch, CancellationToken cancellationToken = default) => Count(inner.ImportAsync(batch, cancellationToken));
}
