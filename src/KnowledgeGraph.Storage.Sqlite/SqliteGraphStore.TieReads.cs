using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Tie>>> GetTiesOfActorsAsync(
        IReadOnlyCollection<string> actorIds, TieFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(filter);
        return ReadAsync((connection, model) => TiesOfActors(connection, model, actorIds, filter), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfActorsAsync(
        IReadOnlyCollection<string> actorIds, TieFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(filter);
        return ReadAsync<IReadOnlyDictionary<string, IReadOnlyList<Relation>>>((connection, model) =>
            TiesOfActors(connection, model, actorIds, filter).ToDictionary(pair => pair.Key, pair => RelationAggregator.Aggregate(pair.Value), StringComparer.Ordinal),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Tie>>> GetTiesOfArticlesAsync(
        IReadOnlyCollection<string> articleIds, TieFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentNullException.ThrowIfNull(filter);
        return ReadAsync((connection, model) =>
        {
            var compiled = new CompiledTieFilter(filter, model);
            var perArticle = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var id in articleIds)
            {
                if (model.FindArticle(id) is var article and >= 0 && !perArticle.ContainsKey(id))
                {
                    perArticle[id] = Kept(model.TiesOfArticle(article), tie => compiled.Matches(model, tie));
                }
            }

            return InDateOrder(connection, perArticle);
        }, cancellationToken);
    }

    private IReadOnlyDictionary<string, IReadOnlyList<Tie>> TiesOfActors(
        StoreConnection connection, GraphModel model, IReadOnlyCollection<string> actorIds, TieFilter filter)
    {
        var compiled = new CompiledTieFilter(filter, model);
        var perActor = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var id in actorIds)
        {
            if (model.ResolveActor(id) is var actor and >= 0 && !perActor.ContainsKey(id))
            {
                perActor[id] = Kept(model.TiesOf(actor), tie => compiled.Matches(model, tie) && compiled.MatchesDirection(model, tie, actor));
            }
        }

        return InDateOrder(connection, perActor);
    }

    private static List<int> Kept(ReadOnlySpan<int> ties, Func<int, bool> keep)
    {
        var kept = new List<int>();
        foreach (var tie in ties)
        {
            if (keep(tie))
            {
                kept.Add(GraphModel.SeqOf(tie));
            }
        }

        return kept;
    }

    // Fetches every listed tie once, then lays the rows out per key in date order.
    private IReadOnlyDictionary<string, IReadOnlyList<Tie>> InDateOrder(StoreConnection connection, Dictionary<string, List<int>> seqsByKey)
    {
        var rows = TiesBySeq(connection, seqsByKey.Values.SelectMany(seqs => seqs).Distinct());
        var result = new Dictionary<string, IReadOnlyList<Tie>>(StringComparer.Ordinal);
        foreach (var (key, seqs) in seqsByKey)
        {
            var ties = seqs.ConvertAll(seq => rows[seq]);
            ties.Sort(TieOrder.ByDate);
            result[key] = ties;
        }

        return result;
    }
}
