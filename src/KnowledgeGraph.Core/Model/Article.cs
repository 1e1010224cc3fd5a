namespace KnowledgeGraph.Core.Model;

/// <summary>A source text. Its full text is kept so every tie's evidence can be checked against it.</summary>
public sealed record Article
{
    public required string Id { get; init; }

    /// <value>Null when the source gives no title.</value>
    public string? Title { get; init; }

    /// <value>Null when the outlet is not named.</value>
    public string? Publisher { get; init; }

    /// <value>A URL or another reference to where the text came from.</value>
    public string? Url { get; init; }

    public PartialDate PublishedAt { get; init; } = PartialDate.Unknown;

    /// <value>How any unknown or inferred field was decided.</value>
    public string? Note { get; init; }

    public required string Text { get; init; }
}
