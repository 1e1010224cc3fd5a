using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Store;

/// <summary>
/// The graph's storage contract. Every backend (the embedded SQLite store, Neo4j) passes the same contract tests.
/// Reads are batched so a request costs a bounded number of calls; writes check the domain rules
/// (<see cref="Rules.GraphRules"/>) and either apply completely or throw <see cref="Rules.GraphRuleException"/> and
/// change nothing. Ids of actors merged away resolve to the actor they were merged into, on every read and write.
/// </summary>
public interface IGraphStore
{
    /// <summary>Actors by id, keyed by the id asked for (a merged-away id maps to the kept actor). Unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Articles by id, keyed by id. Unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Articles' metadata by id, keyed by id, without reading their texts. Unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<string, ArticleMetadata>> GetArticleMetadataAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Ties by id, keyed by id, retracted or not. Unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<string, Tie>> GetTiesByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ties of many actors in one call, keyed by the id asked for, each list in date order (undated last, then by id).
    /// A tie between two requested actors appears under both.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Tie>>> GetTiesOfActorsAsync(IReadOnlyCollection<string> actorIds, TieFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the ties of many actors in one call, keyed by the id asked for: the list
    /// <see cref="GetTiesOfActorsAsync"/> would return for the same filter, sliced as <paramref name="page"/> asks,
    /// with the size of the whole list. A store reads the rows of the page's ties only, however many the actor has.
    /// </summary>
    Task<IReadOnlyDictionary<string, TiePage>> GetTiePagesOfActorsAsync(IReadOnlyCollection<string> actorIds, TieFilter filter, TiePageRequest page, CancellationToken cancellationToken = default);

    /// <summary>The ties reported by many articles in one call, keyed by article id; direction is ignored.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Tie>>> GetTiesOfArticlesAsync(IReadOnlyCollection<string> articleIds, TieFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The relations (aggregated reports) of many actors in one call, keyed by the id asked for.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfActorsAsync(IReadOnlyCollection<string> actorIds, TieFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Searches names and aliases in normalised form, with kind filters and keyset pagination.</summary>
    Task<Page<ActorMatch>> SearchActorsAsync(ActorSearch search, CancellationToken cancellationToken = default);

    /// <summary>
    /// Articles whose title, publisher or text contains <paramref name="text"/> (case-insensitively), titles and
    /// publishers first, then by id; at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<Article>> SearchArticlesAsync(string text, int limit, CancellationToken cancellationToken = default);

    /// <summary>Articles in id order, keyset-paginated after <paramref name="after"/>.</summary>
    Task<Page<Article>> ListArticlesAsync(string? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>The actors within a few hops of the seeds and the ties among them that pass the filter.</summary>
    Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default);

    /// <summary>The shortest paths between two actors, up to <see cref="PathQuery.Limit"/>; empty when none is short enough.</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every actor in id order, streamed.</summary>
    IAsyncEnumerable<Actor> StreamActorsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every article in id order, streamed.</summary>
    IAsyncEnumerable<Article> StreamArticlesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every tie passing the filter (direction ignored) in id order, streamed.</summary>
    IAsyncEnumerable<Tie> StreamTiesAsync(TieFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Every merge in the order it happened.</summary>
    IAsyncEnumerable<MergeRecord> StreamMergesAsync(CancellationToken cancellationToken = default);

    /// <summary>How many actors, ties and articles the graph holds, and the dates it covers.</summary>
    Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates an actor or replaces its kind, name, aliases, description and Wikidata id.</summary>
    Task<Actor> UpsertActorAsync(Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Adds a spelling to an actor; adding one it already has is a no-op.</summary>
    Task<Actor> AddAliasAsync(string actorId, string alias, CancellationToken cancellationToken = default);

    /// <summary>Removes a spelling; the display name cannot be removed.</summary>
    Task<Actor> RemoveAliasAsync(string actorId, string alias, CancellationToken cancellationToken = default);

    /// <summary>Adds an article; adding an identical one again is a no-op, a different one with the same id a conflict.</summary>
    Task<Article> AddArticleAsync(Article article, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds one report. Re-adding an identical report (same <see cref="Tie.ContentKey"/>) returns the stored one.
    /// MET_WITH ties are stored once with their ends in id order.
    /// </summary>
    Task<Tie> AddTieAsync(Tie tie, CancellationToken cancellationToken = default);

    /// <summary>Withdraws a tie, keeping it with the reason; retracting it again returns it unchanged.</summary>
    Task<Tie> RetractTieAsync(string tieId, string reason, string by, CancellationToken cancellationToken = default);

    /// <summary>
    /// Merges <paramref name="mergedId"/> into <paramref name="keptId"/>: ties and aliases move, the merged id keeps
    /// resolving to the kept actor, and the merge is recorded. Ties that would become self-ties or duplicates are retracted.
    /// </summary>
    Task<MergeRecord> MergeActorsAsync(string keptId, string mergedId, string by, string reason, CancellationToken cancellationToken = default);

    /// <summary>Applies a whole batch in one transaction: every row passes the rules, or nothing is written.</summary>
    Task<ImportResult> ImportAsync(GraphBatch batch, CancellationToken cancellationToken = default);
}
