using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Store;

/// <summary>What the graph holds: live actors per kind, live ties per type, articles, retracted ties, date coverage.</summary>
public sealed record GraphCounts
{
    public required IReadOnlyDictionary<ActorKind, int> ActorsByKind { get; init; }

    public required IReadOnlyDictionary<TieType, int> TiesByType { get; init; }

    public required int Articles { get; init; }

    public required int RetractedTies { get; init; }

    /// <value>Live ties with an unknown date.</value>
    public required int UndatedTies { get; init; }

    /// <value>The first day any live dated tie covers, or null when none is dated.</value>
    public DateOnly? EarliestDate { get; init; }

    /// <value>The last day any live dated tie covers, or null when none is dated.</value>
    public DateOnly? LatestDate { get; init; }
}
