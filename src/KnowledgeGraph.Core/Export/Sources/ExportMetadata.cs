namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>What every export file states about itself.</summary>
/// <param name="Selection">The selection that produced it.</param>
/// <param name="ExportedAt">When it was produced.</param>
/// <param name="NodeCount">Actors exported.</param>
/// <param name="EdgeCount">Edges exported: reports, or relations in <see cref="EdgeMode.Relations"/>.</param>
/// <param name="ReportCount">Ties behind the edges.</param>
/// <param name="Truncated">True when a neighbourhood hit its actor cap before the walk was complete.</param>
/// <param name="Articles">The articles the exported ties cite, in id order.</param>
internal sealed record ExportMetadata(
    ExportSelection Selection,
    DateTimeOffset ExportedAt,
    int NodeCount,
    int EdgeCount,
    int ReportCount,
    bool Truncated,
    IReadOnlyList<ArticleSummary> Articles);
