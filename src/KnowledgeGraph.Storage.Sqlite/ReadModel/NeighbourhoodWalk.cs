namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>A breadth-first walk from seed actors over the ties a filter keeps, either way, up to a depth and a node cap.</summary>
internal static class NeighbourhoodWalk
{
    /// <returns>The actors reached (seeds first, then by distance), the kept ties among them, and whether the cap cut the walk short.</returns>
    public static (List<int> Actors, List<int> Ties, bool Truncated) Run(
        GraphModel model, IReadOnlyList<int> seeds, int depth, int maxNodes, CompiledTieFilter filter)
    {
        var scratch = TraversalScratch.Begin(model.ActorSlots);
        var (actors, truncated) = Reach(model, seeds, depth, maxNodes, filter, scratch);
        return (actors, TiesAmong(model, actors, filter, scratch), truncated);
    }

    /// <summary>The walk alone, without collecting the ties among the actors reached.</summary>
    public static (List<int> Actors, bool Truncated) Reach(GraphModel model, IReadOnlyList<int> seeds, int depth, int maxNodes, CompiledTieFilter filter) =>
        Reach(model, seeds, depth, maxNodes, filter, TraversalScratch.Begin(model.ActorSlots));

    private static (List<int> Actors, bool Truncated) Reach(
        GraphModel model, IReadOnlyList<int> seeds, int depth, int maxNodes, CompiledTieFilter filter, TraversalScratch scratch)
    {
        var actors = new List<int>();
        var truncated = false;
        foreach (var seed in seeds)
        {
            if (scratch.IsForward(seed))
            {
                continue;
            }

            if (actors.Count == maxNodes)
            {
                truncated = true;
                break;
            }

            scratch.MarkForward(seed, 0);
            actors.Add(seed);
        }

        var frontierStart = 0;
        for (var level = 1; level <= depth && !truncated; level++)
        {
            var frontierEnd = actors.Count;
            for (var i = frontierStart; i < frontierEnd && !truncated; i++)
            {
                truncated = Expand(model, actors[i], level, maxNodes, filter, scratch, actors);
            }

            frontierStart = frontierEnd;
        }

        return (actors, truncated);
    }

    // Adds the unvisited counterparts of one actor; true when the cap stopped it.
    private static bool Expand(GraphModel model, int actor, int level, int maxNodes, CompiledTieFilter filter, TraversalScratch scratch, List<int> actors)
    {
        foreach (var tie in model.TiesOf(actor))
        {
            if (!filter.Matches(model, tie))
            {
                continue;
            }

            var other = model.OtherEnd(tie, actor);
            if (scratch.IsForward(other))
            {
                continue;
            }

            if (actors.Count == maxNodes)
            {
                return true;
            }

            scratch.MarkForward(other, level);
            actors.Add(other);
        }

        return false;
    }

    // Each tie is taken once, from its source's list, when both its ends were reached. The source is read first: half
    // the entries are the other end's, and on a large graph each column read is a likely cache miss.
    private static List<int> TiesAmong(GraphModel model, List<int> actors, CompiledTieFilter filter, TraversalScratch scratch)
    {
        var ties = new List<int>();
        foreach (var actor in actors)
        {
            foreach (var tie in model.TiesOf(actor))
            {
                if (model.SourceOf(tie) != actor)
                {
                    continue;
                }

                var target = model.TargetOf(tie);
                if (target != actor && scratch.IsForward(target) && filter.Matches(model, tie))
                {
                    ties.Add(tie);
                }
            }
        }

        return ties;
    }
}
