using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>Pages a list already in memory (an article's ties): exact page info, cursors keyed by item id.</summary>
internal static class ListPager
{
    public static Connection<T> Page<T>(IReadOnlyList<T> items, Func<T, string> keyOf, PageArgs args, string list)
    {
        var start = 0;
        var end = items.Count;
        if (args.After is { } after)
        {
            start = IndexOf(items, keyOf, Cursor.Decode(after, list, "after"), "after") + 1;
        }

        if (args.Before is { } before)
        {
            end = IndexOf(items, keyOf, Cursor.Decode(before, list, "before"), "before");
        }

        end = Math.Max(start, end);
        if (args.First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (args.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        var edges = new List<Edge<T>>(end - start);
        for (var i = start; i < end; i++)
        {
            edges.Add(new Edge<T>(list, keyOf(items[i]), items[i]));
        }

        var info = new PageInfo(end < items.Count, start > 0, list, edges.FirstOrDefault()?.Key, edges.LastOrDefault()?.Key);
        return new Connection<T>(edges, info, items.Count);
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, string> keyOf, string key, string argument)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (keyOf(items[i]) == key)
            {
                return i;
            }
        }

        throw StaleCursor(argument);
    }

    /// <summary>
    /// The error for a tie cursor whose tie is not in the list: it has left the list since the cursor was issued
    /// (retracted, or no longer passing the filters), or the cursor came from another actor's or article's ties.
    /// </summary>
    public static GraphQLError StaleCursor(string argument) =>
        new($"Argument \"{argument}\" is a cursor of a tie that is not in this list (no longer, or never was); start again from the first page.", null, extensions: Codes.BadUserInput);
}
