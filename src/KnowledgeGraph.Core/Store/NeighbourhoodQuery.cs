namespace KnowledgeGraph.Core.Store;

/// <summary>The actors within <see cref="Depth"/> hops of the seeds, following ties that pass <see cref="Filter"/>.</summary>
public sealed record NeighbourhoodQuery
{
    public const int MaxDepth = 3;

    public required IReadOnlyCollection<string> ActorIds { get; init; }

    /// <value>The default is 1; at most <see cref="MaxDepth"/>.</value>
    public int Depth { get; init; } = 1;

    /// <value>Direction is ignored: a neighbourhood follows ties both ways. The default keeps every live tie.</value>
    public TieFilter Filter { get; init; } = TieFilter.None;

    /// <value>The most actors returned; the walk stops, breadth first, and flags the result truncated. The default is 500.</value>
    public int MaxNodes { get; init; } = 500;
}
