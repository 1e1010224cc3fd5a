using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.TestUtilities;

/// <summary>
/// An <see cref="IGraphStore"/> over plain collections for the export tests, until the SQLite store lands: the reads
/// the exporters use follow the contract (merged ids resolve, retracted ties are left out unless asked for, id order
/// when streaming), and <see cref="ImportAsync"/> checks batches with the domain's own <see cref="BatchRules"/>. The
/// writes the export tests never make (single upserts, merges, search, paths) say so when called.
/// </summary>
internal sealed partial class InMemoryGraphStore : IGraphStore, IGraphLookup
{
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _mergedInto = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tie> _ties = new(StringComparer.Ordinal);
    private readonly List<MergeRecord> _merges = [];

    /// <summary>A store holding the batch, checked and laid down as an import would.</summary>
    public static async Task<InMemoryGraphStore> FromBatchAsync(GraphBatch batch)
    {
        var store = new InMemoryGraphStore();
        await store.ImportAsync(batch);
        return store;
    }

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, Actor>>(ids.Distinct(StringComparer.Ordinal)
            .Select(id => (id, actor: FindActor(id)))
            .Where(p => p.actor is not null)
            .ToDictionary(p => p.id, p => p.actor!, StringComparer.Ordinal));

    public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, Article>>(ids.Distinct(StringComparer.Ordinal)
            .Where(_articles.ContainsKey)
            .ToDictionary(id => id, id => _articles[id], StringComparer.Ordinal));

    public Task<IReadOnlyDictionary<string, Tie>> GetTiesByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, Tie>>(ids.Distinct(StringComparer.Ordinal)
            .Where(_ties.ContainsKey)
            .ToDictionary(id => id, id => _ties[id], StringComparer.Ordinal));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Tie>>> GetTiesOfActorsAsync(IReadOnlyCollection<string> actorIds, TieFilter filter,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Tie>>>(actorIds.Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => (IReadOnlyList<Tie>)TiesOf(Resolve(id), filter), StringComparer.Ordinal));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Tie>>> GetTiesOfArticlesAsync(IReadOnlyCollection<string> articleIds, TieFilter filter,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Tie>>>(articleIds.Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => (IReadOnlyList<Tie>)InIdOrder(_ties.Values.Where(t => t.Article == id && filter.Matches(t))), StringComparer.Ordinal));

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfActorsAsync(IReadOnlyCollection<string> actorIds, TieFilter filter,
        CancellationToken cancellationToken = default) =>
        (await GetTiesOfActorsAsync(actorIds, filter, cancellationToken)).ToDictionary(p => p.Key, p => RelationAggregator.Aggregate(p.Value), StringComparer.Ordinal);

    public Task<Page<Article>> ListArticlesAsync(string? after, int limit, CancellationToken cancellationToken = default)
    {
        var all = _articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var rest = all.Where(a => after is null || string.CompareOrdinal(a.Id, after) > 0).ToList();
        return Task.FromResult(new Page<Article>([.. rest.Take(limit)], rest.Count > limit, all.Count));
    }

    public IAsyncEnumerable<Actor> StreamActorsAsync(CancellationToken cancellationToken = default) =>
        Stream(_actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), cancellationToken);

    public IAsyncEnumerable<Article> StreamArticlesAsync(CancellationToken cancellationToken = default) =>
        Stream(_articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), cancellationToken);

    public IAsyncEnumerable<Tie> StreamTiesAsync(TieFilter filter, CancellationToken cancellationToken = default) =>
        Stream(InIdOrder(_ties.Values.Where(filter.Matches)), cancellationToken);

    public IAsyncEnumerable<MergeRecord> StreamMergesAsync(CancellationToken cancellationToken = default) => Stream(_merges.ToList(), cancellationToken);

    public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        var live = _ties.Values.Where(t => !t.IsRetracted).ToList();
        var dated = live.Where(t => !t.Date.IsUnknown).ToList();
        return Task.FromResult(new GraphCounts
        {
            ActorsByKind = Enum.GetValues<ActorKind>().ToDictionary(k => k, k => _actors.Values.Count(a => a.Kind == k)),
            TiesByType = Enum.GetValues<TieType>().ToDictionary(t => t, t => live.Count(tie => tie.Type == t)),
            Articles = _articles.Count,
            RetractedTies = _ties.Count - live.Count,
            UndatedTies = live.Count - dated.Count,
            EarliestDate = dated.Count == 0 ? null : dated.Min(t => t.Date.Start),
            LatestDate = dated.Count == 0 ? null : dated.Max(t => t.Date.End),
        });
    }

    public Actor? FindActor(string id) => _actors.GetValueOrDefault(Resolve(id));

    public bool IsMergedAway(string id) => _mergedInto.ContainsKey(id);

    public Article? FindArticle(string id) => _articles.GetValueOrDefault(id);

    public Tie? FindTie(string id) => _ties.GetValueOrDefault(id);

    private string Resolve(string id) => _mergedInto.TryGetValue(id, out var kept) ? Resolve(kept) : id;

    // The contract's order for an actor's ties: by date (undated last), then by id.
    private List<Tie> TiesOf(string actorId, TieFilter filter) =>
        [.. _ties.Values.Where(t => filter.Matches(t) && filter.MatchesDirection(t, actorId))
            .OrderBy(t => t.Date.IsUnknown).ThenBy(t => t.Date.Start).ThenBy(t => t.Id, StringComparer.Ordinal)];

    private static List<Tie> InIdOrder(IEnumerable<Tie> ties) => [.. ties.OrderBy(t => t.Id, StringComparer.Ordinal)];

    private static async IAsyncEnumerable<T> Stream<T>(List<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }
}
