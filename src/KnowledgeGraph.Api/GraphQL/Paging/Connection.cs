namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>A Relay connection: edges (cursor + node), the nodes alone, page info and the total count.</summary>
internal sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public IReadOnlyList<T> Nodes => Edges.Select(e => e.Node).ToArray();
}

/// <summary>One item of a connection.</summary>
internal sealed record Edge<T>(string Cursor, T Node, string? MatchedName = null);

/// <summary>Where a page sits in its list.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
