using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Store;

/// <summary>One page of an actor's ties in date order, and where it sits in the whole filtered list.</summary>
/// <param name="Ties">The page's ties, in date order (undated last, then by id).</param>
/// <param name="TotalCount">How many ties the whole filtered list holds.</param>
/// <param name="HasPreviousPage">Whether ties of the list come before the page.</param>
/// <param name="HasNextPage">Whether ties of the list come after the page.</param>
public sealed record TiePage(IReadOnlyList<Tie> Ties, int TotalCount, bool HasPreviousPage, bool HasNextPage)
{
    /// <value>
    /// <c>"after"</c> or <c>"before"</c> when that cursor names a tie that is not in the filtered list (the page is
    /// then empty); null when both cursors were found or not given.
    /// </value>
    public string? MissingCursor { get; init; }
}
