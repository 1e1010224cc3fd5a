namespace KnowledgeGraph.Core.Model;

/// <summary>
/// One report of one relation: who did what to whom, according to which article, when, and the exact words the
/// article uses. A claim that cannot be traced to a source is not a tie.
/// </summary>
public sealed record Tie
{
    public required string Id { get; init; }

    public required TieType Type { get; init; }

    public required string Source { get; init; }

    public required string Target { get; init; }

    /// <value>The id of the article that reported it.</value>
    public required string Article { get; init; }

    public PartialDate Date { get; init; } = PartialDate.Unknown;

    /// <value>Where the event took place, such as "Ain al-Asad base".</value>
    public string? Location { get; init; }

    /// <value>A verbatim quote: an exact substring of the article's text.</value>
    public required string Evidence { get; init; }

    public string? Note { get; init; }

    /// <value>Set when the tie was withdrawn; retracted ties are kept but left out of reads unless asked for.</value>
    public Retraction? Retraction { get; init; }

    public bool IsRetracted => Retraction is not null;

    /// <summary>The other end of the tie seen from <paramref name="actorId"/>.</summary>
    public string CounterpartOf(string actorId) => Source == actorId ? Target : Source;

    /// <summary>
    /// The fields that make two reports the same report; re-adding a tie with the same key is a no-op.
    /// </summary>
    public TieContentKey ContentKey => new(Type, Source, Target, Article, Date, Evidence);
}
