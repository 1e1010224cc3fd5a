using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Store;

/// <summary>
/// A search over actor names and aliases in their normalised form. A query matches a name when the normalised name,
/// from the start of one of its words, begins with the normalised query. Results are ordered by rank (exact match,
/// then a match at the first word, then a later word), then by normalised display name and id; or, with
/// <see cref="ActorSearchOrder.Name"/>, by normalised display name and id alone.
/// </summary>
public sealed record ActorSearch
{
    /// <value>The text to look for; null or blank lists every actor.</value>
    public string? Text { get; init; }

    /// <value>Keep only these kinds; null or empty keeps all.</value>
    public IReadOnlyCollection<ActorKind>? Kinds { get; init; }

    /// <value>Keep only actors with at least one live tie of these types; null or empty keeps all.</value>
    public IReadOnlyCollection<TieType>? HasTieTypes { get; init; }

    /// <value>Keep only actors with a live tie overlapping this window; null keeps all.</value>
    public DateWindow? ActiveIn { get; init; }

    /// <value>The default is <see cref="ActorSearchOrder.Relevance"/>.</value>
    public ActorSearchOrder Order { get; init; } = ActorSearchOrder.Relevance;

    /// <value>An opaque cursor from a previous page; results start after it.</value>
    public string? After { get; init; }

    /// <value>An opaque cursor from a previous page; results end before it.</value>
    public string? Before { get; init; }

    /// <value>
    /// Whether the page is the last <see cref="Limit"/> results (between <see cref="After"/> and <see cref="Before"/>)
    /// rather than the first: Relay's <c>last</c>. The page is still in result order; <see cref="Page{T}.HasMore"/>
    /// then says whether results come before it.
    /// </value>
    public bool FromEnd { get; init; }

    /// <value>The default is 50.</value>
    public int Limit { get; init; } = 50;
}
