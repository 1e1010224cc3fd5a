namespace KnowledgeGraph.Core.Store;

/// <summary>The shortest ways from one actor to another, following ties either way.</summary>
public sealed record PathQuery
{
    public const int MaxHops = 6;

    public required string From { get; init; }

    public required string To { get; init; }

    /// <value>The default is 4; at most <see cref="MaxHops"/>.</value>
    public int MaxLength { get; init; } = 4;

    /// <value>Direction is ignored. The default keeps every live tie.</value>
    public TieFilter Filter { get; init; } = TieFilter.None;

    /// <value>The most paths returned. The default is 10.</value>
    public int Limit { get; init; } = 10;
}
