using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// An edge that folds every report of one (source, type, target). <see cref="Spells"/> is the union of the dated
/// reports' intervals; reports without a date count in the weight but place nothing on a timeline.
/// </summary>
internal sealed record RelationEdge(
    string Source,
    TieType Type,
    string Target,
    int ReportCount,
    PartialDate FirstDate,
    PartialDate LastDate,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> ReportIds,
    IReadOnlyList<DayInterval> Spells) : ExportEdge(IdOf(Source, Type, Target), Source, Type, Target)
{
    public override DayInterval? Time => Spells.Count == 0 ? null : new DayInterval(Spells[0].Start, Spells[^1].End);

    /// <summary>A stable id that cannot clash with a tie id: slugs never contain a bar.</summary>
    public static string IdOf(string source, TieType type, string target) => $"{source}|{WireNames.Of(type)}|{target}";
}
