using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// A <see cref="TieFilter"/> (direction aside) as a Cypher predicate over a relationship variable and its parameters.
/// Dates are ISO strings, so window bounds are string comparisons: an interval overlaps the window when it ends on or
/// after its start and starts on or before its end.
/// </summary>
internal static class TieFilterCypher
{
    /// <summary>The predicate over the relationship named <paramref name="variable"/>, a constant of the calling query.</summary>
    public static string Where(string variable) =>
        $"($fRetracted OR {variable}.retractedAt IS NULL) "
        + $"AND (size($fTypes) = 0 OR {variable}.type IN $fTypes) "
        + $"AND (size($fArticles) = 0 OR {variable}.article IN $fArticles) "
        + $"AND (CASE WHEN {variable}.precision = 'UNKNOWN' THEN $fUndated "
        + $"ELSE ($fFrom IS NULL OR {variable}.dateEnd >= $fFrom) AND ($fTo IS NULL OR {variable}.dateStart <= $fTo) END)";

    public static void AddParameters(Dictionary<string, object?> parameters, TieFilter filter)
    {
        parameters["fRetracted"] = filter.IncludeRetracted;
        parameters["fTypes"] = (filter.Types ?? []).Select(WireNames.Of).ToArray();
        parameters["fArticles"] = (filter.Articles ?? []).ToArray();
        parameters["fUndated"] = filter.Window.IncludeUndated;
        parameters["fFrom"] = filter.Window.From is { } from ? TieProperties.Day(from) : null;
        parameters["fTo"] = filter.Window.To is { } to ? TieProperties.Day(to) : null;
    }
}
