namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>A Relay connection: edges (cursor + node), the nodes alone, page info and the total count.</summary>
internal sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public IReadOnlyList<T> Nodes
    {
        get
        {
            var nodes = new T[Edges.Count];
            for (var i = 0; i < nodes.Length; i++)
            {
                nodes[i] = Edges[i].Node;
            }

            return nodes;
        }
    }
}

/// <summary>
/// One item of a connection, with the list it belongs to and the key its cursor encodes. The cursor is encoded only
/// when asked for: most queries read the nodes alone.
/// </summary>
internal sealed record Edge<T>(string List, string Key, T Node, string? MatchedName = null)
{
    public string Cursor => Paging.Cursor.Encode(List, Key);
}

/// <summary>Where a page sits in its list, with the keys its first and last cursors encode.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string List, string? StartKey, string? EndKey)
{
    public string? StartCursor => StartKey is null ? null : Cursor.Encode(List, StartKey);

    public string? EndCursor => EndKey is null ? null : Cursor.Encode(List, EndKey);
}
