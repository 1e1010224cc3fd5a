using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    /// <exception cref="ArgumentException">No seed is given, the depth is outside 0..3 or the node cap is below 1.</exception>
    /// <exception cref="GraphRuleException">A seed is unknown (<c>UNKNOWN_ACTOR</c> at <c>$.actorIds[i]</c>).</exception>
    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (QueryChecks.Neighbourhood(query) is { } invalid)
        {
            return Task.FromException<Subgraph>(invalid);
        }

        return ReadAsync((connection, model) =>
        {
            var seeds = QueryChecks.ResolveSeeds(model, query.ActorIds);
            var filter = new CompiledTieFilter(query.Filter, model);
            var (actors, ties, truncated) = NeighbourhoodWalk.Run(model, seeds, query.Depth, query.MaxNodes, filter);
            var tiesById = TiesInOrder(connection, ties.ConvertAll(GraphModel.SeqOf));
            Array.Sort(tiesById, (a, b) => string.CompareOrdinal(a.Id, b.Id));
            return new Subgraph(ActorsInOrder(connection, actors.ConvertAll(GraphModel.SeqOf)), tiesById, truncated);
        }, cancellationToken);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The maximum length is outside 1..6 or the limit is below 1.</exception>
    /// <exception cref="GraphRuleException">An end is unknown (<c>UNKNOWN_ACTOR</c> at <c>$.from</c> or <c>$.to</c>).</exception>
    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (QueryChecks.Paths(query) is { } invalid)
        {
            return Task.FromException<IReadOnlyList<GraphPath>>(invalid);
        }

        return ReadAsync<IReadOnlyList<GraphPath>>((connection, model) =>
        {
            var (from, to) = QueryChecks.ResolveEnds(model, query);
            var filter = new CompiledTieFilter(query.Filter, model);
            var paths = ShortestPaths.Find(model, from, to, query.MaxLength, query.Limit, filter);
            var hops = paths.ConvertAll(path => Enumerable.Range(0, path.Length - 1)
                .Select(i => ShortestPaths.TiesBetween(model, path[i], path[i + 1], filter)).ToList());
            var rows = TiesBySeq(connection, hops.SelectMany(path => path.SelectMany(hop => hop)).Distinct().Select(GraphModel.SeqOf));
            return paths.Select((path, p) => new GraphPath(
                Array.ConvertAll(path, model.ActorId),
                hops[p].ConvertAll(hop => (IReadOnlyList<Tie>)[.. hop.Select(tie => rows[GraphModel.SeqOf(tie)]).OrderBy(tie => tie.Id, StringComparer.Ordinal)])))
                .ToList();
        }, cancellationToken);
    }
}
