namespace KnowledgeGraph.Core.Store;

/// <summary>
/// Which slice of an actor's date-ordered ties to read, in Relay's terms: at most <see cref="First"/> after the tie
/// <see cref="After"/>, or at most <see cref="Last"/> before the tie <see cref="Before"/>. Cursors are tie ids.
/// </summary>
public sealed record TiePageRequest
{
    /// <value>Keep at most this many from the start of the slice; null keeps all.</value>
    public int? First { get; init; }

    /// <value>Start after the tie with this id; null starts at the beginning.</value>
    public string? After { get; init; }

    /// <value>Keep at most this many from the end of the slice; null keeps all.</value>
    public int? Last { get; init; }

    /// <value>End before the tie with this id; null ends at the end.</value>
    public string? Before { get; init; }
}
