namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// Every shortest path between two actors over the ties a filter keeps, either way. A bidirectional breadth-first
/// search grows whichever frontier is cheaper until the two meet; the paths are then read off the two distance
/// maps, in order of their actor ids, up to a limit.
/// </summary>
internal static class ShortestPaths
{
    public static List<int[]> Find(GraphModel model, int from, int to, int maxLength, int limit, CompiledTieFilter filter)
    {
        if (from == to)
        {
            return [[from]];
        }

        var scratch = TraversalScratch.Begin(model.ActorSlots);
        scratch.MarkForward(from, 0);
        scratch.MarkBackward(to, 0);
        List<List<int>> forward = [[from]], backward = [[to]];
        var meeting = new List<int>();
        while (meeting.Count == 0 && forward.Count + backward.Count - 2 < maxLength)
        {
            if (forward[^1].Count == 0 || backward[^1].Count == 0)
            {
                return [];
            }

            if (Cost(model, forward[^1]) <= Cost(model, backward[^1]))
            {
                forward.Add(Grow(model, forward[^1], forward.Count, filter, scratch, fromStart: true, meeting));
            }
            else
            {
                backward.Add(Grow(model, backward[^1], backward.Count, filter, scratch, fromStart: false, meeting));
            }
        }

        if (meeting.Count == 0)
        {
            return [];
        }

        var meetLevel = forward.Count - 1;
        var length = meetLevel + backward.Count - 1;
        MarkUseful(model, forward, meeting, filter, scratch);
        var paths = new List<int[]>();
        var path = new int[length + 1];
        path[0] = from;
        Extend(model, filter, scratch, path, 0, meetLevel, limit, paths);
        return paths;
    }

    /// <summary>Every kept tie between two actors.</summary>
    public static List<int> TiesBetween(GraphModel model, int a, int b, CompiledTieFilter filter)
    {
        var (scan, other) = model.TiesOf(a).Length <= model.TiesOf(b).Length ? (a, b) : (b, a);
        var ties = new List<int>();
        foreach (var tie in model.TiesOf(scan))
        {
            if (model.OtherEnd(tie, scan) == other && filter.Matches(model, tie))
            {
                ties.Add(tie);
            }
        }

        return ties;
    }

    private static long Cost(GraphModel model, List<int> frontier)
    {
        long cost = 0;
        foreach (var actor in frontier)
        {
            cost += model.TiesOf(actor).Length;
        }

        return cost;
    }

    // One level further from one end; an actor the other side has reached is where the two searches meet.
    private static List<int> Grow(GraphModel model, List<int> frontier, int level, CompiledTieFilter filter, TraversalScratch scratch, bool fromStart, List<int> meeting)
    {
        var next = new List<int>();
        foreach (var actor in frontier)
        {
            foreach (var tie in model.TiesOf(actor))
            {
                // The visited marks are small and hot; the filter reads the tie's columns. Hubs repeat neighbours
                // across many reports, so asking the marks first skips most filter reads.
                var other = model.OtherEnd(tie, actor);
                if ((fromStart ? scratch.IsForward(other) : scratch.IsBackward(other)) || !filter.Matches(model, tie))
                {
                    continue;
                }

                if (fromStart)
                {
                    scratch.MarkForward(other, level);
                }
                else
                {
                    scratch.MarkBackward(other, level);
                }

                next.Add(other);
                if (fromStart ? scratch.IsBackward(other) : scratch.IsForward(other))
                {
                    meeting.Add(other);
                }
            }
        }

        return next;
    }

    // Marks the actors of the forward levels that lie on some shortest path: the meeting actors and, level by level
    // back towards the start, every actor with a useful successor.
    private static void MarkUseful(GraphModel model, List<List<int>> forward, List<int> meeting, CompiledTieFilter filter, TraversalScratch scratch)
    {
        foreach (var actor in meeting)
        {
            scratch.MarkUseful(actor);
        }

        for (var level = forward.Count - 2; level >= 0; level--)
        {
            foreach (var actor in forward[level])
            {
                foreach (var tie in model.TiesOf(actor))
                {
                    var other = model.OtherEnd(tie, actor);
                    if (scratch.IsUseful(other) && scratch.IsForward(other) && scratch.Forward[other] == level + 1 && filter.Matches(model, tie))
                    {
                        scratch.MarkUseful(actor);
                        break;
                    }
                }
            }
        }
    }

    private static void Extend(GraphModel model, CompiledTieFilter filter, TraversalScratch scratch, int[] path, int position, int meetLevel, int limit, List<int[]> paths)
    {
        var length = path.Length - 1;
        if (position == length)
        {
            paths.Add((int[])path.Clone());
            return;
        }

        var actor = path[position];
        var level = position + 1;
        var steps = new List<int>();
        foreach (var tie in model.TiesOf(actor))
        {
            var other = model.OtherEnd(tie, actor);
            var onPath = level <= meetLevel
                ? scratch.IsForward(other) && scratch.Forward[other] == level && scratch.IsUseful(other)
                : scratch.IsBackward(other) && scratch.Backward[other] == length - level;
            if (onPath && !steps.Contains(other) && filter.Matches(model, tie))
            {
                steps.Add(other);
            }
        }

        steps.Sort((a, b) => string.CompareOrdinal(model.ActorId(a), model.ActorId(b)));
        foreach (var step in steps)
        {
            path[level] = step;
            Extend(model, filter, scratch, path, level, meetLevel, limit, paths);
            if (paths.Count >= limit)
            {
                return;
            }
        }
    }
}
