using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.TestUtilities;

internal sealed partial class InMemoryGraphStore
{
    /// <summary>
    /// A breadth-first walk from the seeds, ties followed both ways, neighbours of each actor taken in tie-id order;
    /// once <see cref="NeighbourhoodQuery.MaxNodes"/> actors are in, further actors are left out and the result is
    /// flagged truncated. The ties returned are every tie among the kept actors that passes the filter.
    /// </summary>
    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        var live = InIdOrder(_ties.Values.Where(query.Filter.Matches));
        var adjacency = new Dictionary<string, List<Tie>>(StringComparer.Ordinal);
        foreach (var tie in live)
        {
            Adjacent(adjacency, tie.Source).Add(tie);
            Adjacent(adjacency, tie.Target).Add(tie);
        }

        var seeds = query.ActorIds.Select(Resolve).Where(_actors.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        var kept = seeds.Take(query.MaxNodes).ToList();
        var truncated = seeds.Count > query.MaxNodes;
        var seen = kept.ToHashSet(StringComparer.Ordinal);
        var frontier = kept.ToList();
        for (var hop = 0; hop < query.Depth && frontier.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var actor in frontier)
            {
                foreach (var tie in adjacency.GetValueOrDefault(actor) ?? [])
                {
                    var other = tie.CounterpartOf(actor);
                    if (seen.Contains(other))
                    {
                        continue;
                    }

                    if (kept.Count >= query.MaxNodes)
                    {
                        truncated = true;
                        continue;
                    }

                    seen.Add(other);
                    kept.Add(other);
                    next.Add(other);
                }
            }

            frontier = next;
        }

        var ties = live.Where(t => seen.Contains(t.Source) && seen.Contains(t.Target)).ToList();
        return Task.FromResult(new Subgraph([.. kept.Select(id => _actors[id])], ties, truncated));
    }

    public Task<Page<ActorMatch>> SearchActorsAsync(ActorSearch search, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the export tests do not search actors");

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the export tests do not look for paths");

    private static List<Tie> Adjacent(Dictionary<string, List<Tie>> adjacency, string actorId)
    {
        if (!adjacency.TryGetValue(actorId, out var list))
        {
            adjacency[actorId] = list = [];
        }

        return list;
    }
}
