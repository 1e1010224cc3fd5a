using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Pages of actors' ties in two statements whatever the page: the first returns each actor's filtered ties as
/// ids with their first day and ends only (what ordering, direction and counting need), the second the page's ties.
/// </summary>
internal static class TiePageReads
{
    private static readonly string TieKeysQuery =
        GraphReads.ResolveActors + "MATCH (a)-[t:TIE]-(:Actor) WHERE " + TieFilterCypher.Where("t")
        + " RETURN DISTINCT id, a.id AS actor, t.id AS tie, t.type AS type, t.dateStart AS day, startNode(t).id AS source, endNode(t).id AS target";

    public static async Task<Dictionary<string, TiePage>> PagesAsync(
        CypherRunner run, IEnumerable<string> ids, TieFilter filter, TiePageRequest page, CancellationToken cancellationToken)
    {
        var known = await GraphReads.ResolveAsync(run, ids, cancellationToken).ConfigureAwait(false);
        var keys = known.Keys.ToDictionary(id => id, _ => new List<TieKey>(), StringComparer.Ordinal);
        if (keys.Count > 0)
        {
            var parameters = new Dictionary<string, object?> { ["ids"] = keys.Keys.ToArray() };
            TieFilterCypher.AddParameters(parameters, filter);
            foreach (var record in await run.RecordsAsync(Statements.Of(TieKeysQuery, parameters), cancellationToken).ConfigureAwait(false))
            {
                var key = new TieKey((string)record.GetValue("tie")!, (string?)record.GetValue("day"));
                if (MatchesDirection(filter.Direction, record, (string)record.GetValue("actor")!))
                {
                    keys[(string)record.GetValue("id")!].Add(key);
                }
            }
        }

        var slices = new Dictionary<string, (TiePageSlice Slice, int Count, string[] Ties)>(StringComparer.Ordinal);
        foreach (var (id, list) in keys)
        {
            list.Sort();
            var ordered = list.ConvertAll(key => key.Id);
            var slice = TiePageSlice.Of(ordered.Count, page, ordered.IndexOf);
            slices[id] = (slice, ordered.Count, slice.MissingCursor is null ? ordered[slice.Start..slice.End].ToArray() : []);
        }

        var ties = await GraphReads.TiesByIdAsync(run, slices.Values.SelectMany(s => s.Ties), cancellationToken).ConfigureAwait(false);
        return slices.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Slice.PageOf(Array.ConvertAll(pair.Value.Ties, tieId => ties[tieId]), pair.Value.Count),
            StringComparer.Ordinal);
    }

    // Meetings have no direction; other ties leave their source and enter their target.
    private static bool MatchesDirection(TieDirection direction, Client.Neo4jRecord record, string actor) =>
        direction == TieDirection.Both
        || (string?)record.GetValue("type") == WireNames.Of(TieType.MetWith)
        || (direction == TieDirection.Out ? (string?)record.GetValue("source") == actor : (string?)record.GetValue("target") == actor);

    /// <summary>What orders a tie in its list: the first day as <c>YYYY-MM-DD</c> (null when undated, which sorts last), then the id.</summary>
    private readonly record struct TieKey(string Id, string? Day) : IComparable<TieKey>
    {
        public int CompareTo(TieKey other)
        {
            if ((Day is null) != (other.Day is null))
            {
                return Day is null ? 1 : -1;
            }

            var byDay = string.CompareOrdinal(Day, other.Day);
            return byDay != 0 ? byDay : string.CompareOrdinal(Id, other.Id);
        }
    }
}
