using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Import;

/// <summary>
/// The part of a stored graph that a batch refers to, fetched in three batched reads, so a batch can be checked
/// against any store without writing (<c>kg validate</c>) or without a round trip per row.
/// </summary>
public sealed class StoredGraphSnapshot : IGraphLookup
{
    private readonly IReadOnlyDictionary<string, Actor> _actors;
    private readonly IReadOnlyDictionary<string, Article> _articles;
    private readonly IReadOnlyDictionary<string, Tie> _ties;

    private StoredGraphSnapshot(IReadOnlyDictionary<string, Actor> actors, IReadOnlyDictionary<string, Article> articles, IReadOnlyDictionary<string, Tie> ties)
    {
        _actors = actors;
        _articles = articles;
        _ties = ties;
    }

    /// <summary>The snapshot of an empty store: a batch is checked on its own.</summary>
    public static StoredGraphSnapshot Empty { get; } = new(new Dictionary<string, Actor>(), new Dictionary<string, Article>(), new Dictionary<string, Tie>());

    public static async Task<StoredGraphSnapshot> LoadAsync(IGraphStore store, GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(batch);
        var actorIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in batch.Actors)
        {
            actorIds.Add(actor.Id);
        }

        foreach (var tie in batch.Ties)
        {
            actorIds.Add(tie.Source);
            actorIds.Add(tie.Target);
        }

        foreach (var merge in batch.Merges)
        {
            actorIds.Add(merge.KeptId);
            actorIds.Add(merge.MergedId);
        }

        var articleIds = new HashSet<string>(batch.Articles.Select(a => a.Id).Concat(batch.Ties.Select(t => t.Article)), StringComparer.Ordinal);
        var tieIds = batch.Ties.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        actorIds.Remove("");
        articleIds.Remove("");
        return new StoredGraphSnapshot(
            await store.GetActorsAsync(actorIds, cancellationToken).ConfigureAwait(false),
            await store.GetArticlesAsync(articleIds, cancellationToken).ConfigureAwait(false),
            await store.GetTiesByIdAsync(tieIds, cancellationToken).ConfigureAwait(false));
    }

    public Actor? FindActor(string id) => _actors.GetValueOrDefault(id);

    public bool IsMergedAway(string id) => _actors.TryGetValue(id, out var actor) && actor.Id != id;

    public Article? FindArticle(string id) => _articles.GetValueOrDefault(id);

    public Tie? FindTie(string id) => _ties.GetValueOrDefault(id);
}
