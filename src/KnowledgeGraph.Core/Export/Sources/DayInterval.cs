using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>A closed interval of days: the time an edge or a node is present in a dynamic export.</summary>
internal readonly record struct DayInterval(DateOnly Start, DateOnly End)
{
    /// <summary>The interval a partial date denotes (a month spans the whole month), or null when the date is unknown.</summary>
    public static DayInterval? Of(PartialDate date) => date.IsUnknown ? null : new DayInterval(date.Start, date.End);

    /// <summary>The smallest interval covering both.</summary>
    public DayInterval Hull(DayInterval other) =>
        new(Start < other.Start ? Start : other.Start, End > other.End ? End : other.End);

    /// <summary>
    /// The union of the intervals as disjoint intervals in date order. Gephi refuses an edge whose intervals overlap,
    /// so a month report and a day report inside that month become one interval; intervals that merely follow each
    /// other (30 November, 1 December) stay apart.
    /// </summary>
    public static List<DayInterval> Union(IEnumerable<DayInterval> intervals)
    {
        var sorted = intervals.OrderBy(i => i.Start).ThenBy(i => i.End).ToList();
        var union = new List<DayInterval>(sorted.Count);
        foreach (var interval in sorted)
        {
            if (union.Count > 0 && interval.Start <= union[^1].End)
            {
                union[^1] = union[^1].Hull(interval);
            }
            else
            {
                union.Add(interval);
            }
        }

        return union;
    }
}
