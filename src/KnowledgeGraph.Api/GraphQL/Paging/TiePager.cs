using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>
/// Pages an actor's ties in the store, which reads only the page's rows; cursors and page info are the ones
/// <see cref="ListPager"/> gives for the whole list in memory.
/// </summary>
internal static class TiePager
{
    /// <summary>The store's page request for Relay's arguments; a cursor this API did not issue is a user error here.</summary>
    public static TiePageRequest Request(PageArgs args) => new()
    {
        First = args.First,
        After = args.After is { } after ? Cursor.Decode(after, Cursor.Ties, "after") : null,
        Last = args.Last,
        Before = args.Before is { } before ? Cursor.Decode(before, Cursor.Ties, "before") : null,
    };

    /// <summary>The connection for a page; null (an actor that vanished mid-request) is an empty list.</summary>
    public static Connection<Tie> Connection(TiePage? page)
    {
        if (page is null)
        {
            return new Connection<Tie>([], new PageInfo(false, false, Cursor.Ties, null, null), 0);
        }

        if (page.MissingCursor is not null)
        {
            throw ListPager.StaleCursor(page.MissingCursor);
        }

        var edges = new Edge<Tie>[page.Ties.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new Edge<Tie>(Cursor.Ties, page.Ties[i].Id, page.Ties[i]);
        }

        var info = new PageInfo(page.HasNextPage, page.HasPreviousPage, Cursor.Ties, edges.FirstOrDefault()?.Key, edges.LastOrDefault()?.Key);
        return new Connection<Tie>(edges, info, page.TotalCount);
    }
}
