using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // One level of the breadth-first walk: the counterparts of the frontier, in frontier order, then by tie id.
    private static readonly string ExpandQuery =
        "UNWIND range(0, size($frontier) - 1) AS i MATCH (a:Actor {id: $frontier[i]})-[t:TIE]-(o:Actor) WHERE "
        + TieFilterCypher.Where("t") + " RETURN i, o.id AS other, t.id AS tie ORDER BY i, tie";

    private static readonly string TiesAmongQuery =
        "MATCH (s:Actor)-[t:TIE]->(e:Actor) WHERE s.id IN $ids AND e.id IN $ids AND s <> e AND " + TieFilterCypher.Where("t")
        + " RETURN " + TieProperties.Projection + " ORDER BY t.id";

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">No seed is given, the depth is outside 0..3 or the node cap is below 1.</exception>
    /// <exception cref="Core.Rules.GraphRuleException">A seed is unknown (<c>UNKNOWN_ACTOR</c> at <c>$.actorIds[i]</c>).</exception>
    public async Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryChecks.Neighbourhood(query);
        var run = Reader;
        var resolved = await GraphReads.ResolveAsync(run, query.ActorIds, cancellationToken).ConfigureAwait(false);
        QueryChecks.Known(resolved, query.ActorIds.Select((id, i) => ((string?)id, $"$.actorIds[{i}]")));

        var reached = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var truncated = false;
        foreach (var seed in query.ActorIds.Select(id => resolved[id]).Where(seen.Add))
        {
            if (reached.Count == query.MaxNodes)
            {
                truncated = true;
                break;
            }

            reached.Add(seed);
        }

        seen = [.. reached];
        var frontierStart = 0;
        for (var level = 1; level <= query.Depth && !truncated; level++)
        {
            var frontier = reached[frontierStart..];
            frontierStart = reached.Count;
            if (frontier.Count == 0)
            {
                break;
            }

            var parameters = new Dictionary<string, object?> { ["frontier"] = frontier.ToArray() };
            TieFilterCypher.AddParameters(parameters, query.Filter);
            foreach (var record in await run.RecordsAsync(Statements.Of(ExpandQuery, parameters), cancellationToken).ConfigureAwait(false))
            {
                var other = (string)record.GetValue("other")!;
                if (seen.Contains(other))
                {
                    continue;
                }

                if (reached.Count == query.MaxNodes)
                {
                    truncated = true;
                    break;
                }

                seen.Add(other);
                reached.Add(other);
            }
        }

        var among = new Dictionary<string, object?> { ["ids"] = reached.ToArray() };
        TieFilterCypher.AddParameters(among, query.Filter);
        var ties = (await run.RecordsAsync(Statements.Of(TiesAmongQuery, among), cancellationToken).ConfigureAwait(false)).Select(TieProperties.Read).ToList();
        var actors = await GraphReads.ActorsAsync(run, reached, cancellationToken).ConfigureAwait(false);
        return new Subgraph(reached.ConvertAll(id => actors[id]), ties, truncated);
    }
}
