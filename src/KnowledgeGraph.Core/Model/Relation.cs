namespace KnowledgeGraph.Core.Model;

/// <summary>
/// All reports of one (source, type, target): how often it was reported, by which articles, and over what dates.
/// </summary>
public sealed record Relation
{
    public required string Source { get; init; }

    public required TieType Type { get; init; }

    public required string Target { get; init; }

    public required int ReportCount { get; init; }

    /// <value>Distinct article ids, in first-seen order.</value>
    public required IReadOnlyList<string> Articles { get; init; }

    /// <value>The earliest dated report, or unknown when no report is dated.</value>
    public PartialDate FirstDate { get; init; } = PartialDate.Unknown;

    /// <value>The latest dated report, or unknown when no report is dated.</value>
    public PartialDate LastDate { get; init; } = PartialDate.Unknown;

    /// <value>The ids of the reports behind the relation.</value>
    public required IReadOnlyList<string> TieIds { get; init; }
}
