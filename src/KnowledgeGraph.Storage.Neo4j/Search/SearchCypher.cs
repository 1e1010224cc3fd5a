using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Search;

/// <summary>
/// The statements of actor search and listing, each in two texts: without and with the activity filter (a live tie of
/// the asked types or in the asked window). The filter is left out of the text rather than switched off by a parameter:
/// 3.1 evaluates the filter's pattern comprehension for every actor before it looks at a switch, and a listing of 100k
/// actors with 500k ties ran for seconds reading ties it did not need.
/// </summary>
internal static class SearchCypher
{
    private static readonly string[] SearchTexts = ByActivity(active => SearchBy("k.key < $end", active));

    private static readonly string[] OpenEndedSearchTexts = ByActivity(active => SearchBy("k.key STARTS WITH $text", active));

    private static readonly string[][] ListingPageTexts = ByActivity(active => ListingBounds.All.Select(bounds => ListingPageOf(bounds, active)).ToArray());

    private static readonly string[] FilteredCountTexts = ByActivity(active => "MATCH (a:Actor) WHERE " + Filters(active) + "RETURN count(a) AS n");

    /// <summary>Without a filter the count is the server's stored count of the label, not a scan.</summary>
    public const string Count = "MATCH (a:Actor) RETURN count(a) AS n";

    /// <summary>
    /// The actors with a word-start suffix beginning with the query, read from the NameKey index, that pass the filters;
    /// ranking, the keyset cursor and the page are computed by the store, as in every store. 3.1 plans STARTS WITH as a
    /// scan of the whole index, a string range as a seek: so the prefix is asked as a range.
    /// </summary>
    public static string Search(bool active) => SearchTexts[active ? 1 : 0];

    /// <summary>For a query ending in a character whose successor does not bound its prefix alike in every string order.</summary>
    public static string OpenEndedSearch(bool active) => OpenEndedSearchTexts[active ? 1 : 0];

    /// <summary>
    /// A listing (a search without text) is ordered, cut at the cursors, limited and counted by the server: read whole
    /// and ranked by the store, a page of 20 carried every actor over the wire (100k actors: 2.2 s a page). Actors are
    /// sorted before they are projected, so only the page's are. A page from the end is sorted the other way round,
    /// so it too is a limit, and comes back last first. A range on sortName lets the server seek the index to a cursor
    /// instead of reading the actors beyond it. 3.1 orders strings by UTF-16 code unit, as the cursor compares them;
    /// 5.x by code point, which differs only between a character above U+FFFF and one in U+E000-U+FFFF, and then the
    /// order is still the server's own on every page.
    /// </summary>
    public static string ListingPage(bool active, ListingBounds bounds) => ListingPageTexts[active ? 1 : 0][bounds.Index];

    public static string FilteredCount(bool active) => FilteredCountTexts[active ? 1 : 0];

    private static T[] ByActivity<T>(Func<bool, T> text) => [text(false), text(true)];

    private static string Filters(bool active) =>
        "(size($kinds) = 0 OR a.kind IN $kinds) "
        + (active ? "AND size([(a)-[t:TIE]-(:Actor) WHERE " + TieFilterCypher.Where("t") + " | 1]) > 0 " : "");

    private static string SearchBy(string bound, bool active) =>
        "MATCH (k:NameKey) WHERE k.key >= $text AND " + bound + " WITH DISTINCT k.actor AS id "
        + "MATCH (a:Actor {id: id}) WHERE " + Filters(active) + "RETURN " + ActorProperties.Projection;

    private static string ListingPageOf(ListingBounds bounds, bool active)
    {
        var direction = bounds.FromEnd ? " DESC" : "";
        return "MATCH (a:Actor) WHERE "
            + (bounds.After ? "a.sortName >= $afterName AND (a.sortName > $afterName OR a.id > $afterId) AND " : "")
            + (bounds.Before ? "a.sortName <= $beforeName AND (a.sortName < $beforeName OR a.id < $beforeId) AND " : "")
            + Filters(active) + $"WITH a ORDER BY a.sortName{direction}, a.id{direction} LIMIT $take RETURN " + ActorProperties.Projection;
    }
}
