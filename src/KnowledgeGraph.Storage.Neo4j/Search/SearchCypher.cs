using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Search;

/// <summary>The statements of actor search and listing, in one place because each is built on the filters.</summary>
internal static class SearchCypher
{
    private static readonly string Filters =
        "(size($kinds) = 0 OR a.kind IN $kinds) "
        + "AND (NOT $active OR size([(a)-[t:TIE]-(:Actor) WHERE " + TieFilterCypher.Where("t") + " | 1]) > 0) ";

    // The server narrows to actors with a word-start suffix beginning with the query, read from the NameKey index,
    // and applies the filters; ranking, the keyset cursor and the page are computed by the store, as in every store.
    // 3.1 plans STARTS WITH as a scan of the whole index, a string range as a seek: so the prefix is asked as a range.
    public static readonly string Search = SearchBy("k.key < $end");

    // For a query ending in a character whose successor does not bound its prefix alike in every string order.
    public static readonly string OpenEndedSearch = SearchBy("k.key STARTS WITH $text");

    // A listing (a search without text) is ordered, cut at the cursor and counted by the server: read whole and ranked
    // by the store, a page of 20 carried every actor over the wire (100k actors: 2.2 s a page, against about 0.2 s
    // ordered and limited there). Actors are sorted before they are projected, so only the page's are. 3.1 orders
    // strings by UTF-16 code unit, as the cursor compares them; 5.x by code point, which differs only between a
    // character above U+FFFF and one in U+E000-U+FFFF, and then the order is still the server's own on every page.
    public static readonly string ListingPage = ListingPageFrom("");

    // The range on sortName lets the server seek the index to the cursor instead of reading the actors before it.
    public static readonly string ListingPageAfter = ListingPageFrom("a.sortName >= $afterName AND (a.sortName > $afterName OR a.id > $afterId) AND ");

    public static readonly string FilteredCount = "MATCH (a:Actor) WHERE " + Filters + "RETURN count(a) AS n";

    // Without a filter the count is the server's stored count of the label, not a scan.
    public const string Count = "MATCH (a:Actor) RETURN count(a) AS n";

    private static string SearchBy(string bound) =>
        "MATCH (k:NameKey) WHERE k.key >= $text AND " + bound + " WITH DISTINCT k.actor AS id "
        + "MATCH (a:Actor {id: id}) WHERE " + Filters + "RETURN " + ActorProperties.Projection;

    private static string ListingPageFrom(string cursor) =>
        "MATCH (a:Actor) WHERE " + cursor + Filters + "WITH a ORDER BY a.sortName, a.id LIMIT $take RETURN " + ActorProperties.Projection;
}
