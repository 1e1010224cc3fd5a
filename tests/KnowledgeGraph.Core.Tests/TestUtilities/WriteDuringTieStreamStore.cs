using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.TestUtilities;

/// <summary>
/// A real store seen through a reader that is overtaken by an editor: the first time the ties are streamed, the given
/// write runs on the store before the first tie comes back, as a write from another request could between a
/// whole-graph export's passes. Every other call goes straight to the store.
/// </summary>
internal sealed class WriteDuringTieStreamStore(IGraphStore store, Func<IGraphStore, Task> write) : IGraphStore
{
    private bool _written;

    public async IAsyncEnumerable<Tie> StreamTiesAsync(TieFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!_written)
        {
            _written = true;
            await write(store);
        }

        await foreach (var tie in store.StreamTiesAsync(filter, cancellationToken))
        {
            yield return tie;
        }
    }

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => store.GetActorsAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => store.GetArticlesAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, ArticleMetadata>> GetArticleMetadataAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        store.GetArticleMetadataAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, Tie>> GetTiesByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => store.GetTiesByIdAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Tie>>> GetTiesOfActorsAsync(IReadOnlyCollection<string> actorIds, TieFilter filter, CancellationToken cancellationToken = default) =>
        store.GetTiesOfActorsAsync(actorIds, filter, cancellationToken);

    public Task<IReadOnlyDictionary<string, TiePage>> GetTiePagesOfActorsAsync(IReadOnlyCollection<string> actorIds, TieFilter filter, TiePageRequest page,
        CancellationToken cancellationToken = default) => store.GetTiePagesOfActorsAsync(actorIds, filter, page, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Tie>>> GetTiesOfArticlesAsync(IReadOnlyCollection<string> articleIds, TieFilter filter, CancellationToken cancellationToken = default) =>
        store.GetTiesOfArticlesAsync(articleIds, filter, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfActorsAsync(IReadOnlyCollection<string> actorIds, TieFilter filter,
        CancellationToken cancellationToken = default) => store.GetRelationsOfActorsAsync(actorIds, filter, cancellationToken);

    public Task<Page<ActorMatch>> SearchActorsAsync(ActorSearch search, CancellationToken cancellationToken = default) => store.SearchActorsAsync(search, cancellationToken);

    public Task<IReadOnlyList<Article>> SearchArticlesAsync(string text, int limit, CancellationToken cancellationToken = default) => store.SearchArticlesAsync(text, limit, cancellationToken);

    public Task<Page<Article>> ListArticlesAsync(string? after, int limit, CancellationToken cancellationToken = default) => store.ListArticlesAsync(after, limit, cancellationToken);

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) => store.GetNeighbourhoodAsync(query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) => store.FindPathsAsync(query, cancellationToken);

    public IAsyncEnumerable<Actor> StreamActorsAsync(CancellationToken cancellationToken = default) => store.StreamActorsAsync(cancellationToken);

    public IAsyncEnumerable<Article> StreamArticlesAsync(CancellationToken cancellationToken = default) => store.StreamArticlesAsync(cancellationToken);

    public IAsyncEnumerable<MergeRecord> StreamMergesAsync(CancellationToken cancellationToken = default) => store.StreamMergesAsync(cancellationToken);

    public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) => store.GetCountsAsync(cancellationToken);

    public Task<Actor> UpsertActorAsync(Actor actor, CancellationToken cancellationToken = default) => store.UpsertActorAsync(actor, cancellationToken);

    public Task<Actor> AddAliasAsync(string actorId, string alias, CancellationToken cancellationToken = default) => store.AddAliasAsync(actorId, alias, cancellationToken);

    public Task<Actor> RemoveAliasAsync(string actorId, string alias, CancellationToken cancellationToken = default) => store.RemoveAliasAsync(actorId, alias, cancellationToken);

    public Task<Article> AddArticleAsync(Article article, CancellationToken cancellationToken = default) => store.AddArticleAsync(article, cancellationToken);

    public Task<Tie> AddTieAsync(Tie tie, CancellationToken cancellationToken = default) => store.AddTieAsync(tie, cancellationToken);

    public Task<Tie> RetractTieAsync(string tieId, string reason, string by, CancellationToken cancellationToken = default) => store.RetractTieAsync(tieId, reason, by, cancellationToken);

    public Task<MergeRecord> MergeActorsAsync(string keptId, string mergedId, string by, string reason, CancellationToken cancellationToken = default) =>
        store.MergeActorsAsync(keptId, mergedId, by, reason, cancellationToken);

    public Task<ImportResult> ImportAsync(GraphBatch batch, CancellationToken cancellationToken = default) => store.ImportAsync(batch, cancellationToken);
}
