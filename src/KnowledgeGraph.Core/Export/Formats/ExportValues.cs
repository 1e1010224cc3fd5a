using System.Globalization;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>How values are spelled in every export format, so the formats agree with each other.</summary>
internal static class ExportValues
{
    public const string AliasSeparator = " | ";

    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    // "O" is DateOnly's round-trip format, yyyy-MM-dd, written by a fast path rather than a custom pattern.
    public static string Day(DateOnly day) => day.ToString("O", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Joined(IEnumerable<string> values) => string.Join(AliasSeparator, values);

    public static string ScopeName(ExportScope scope) => scope switch
    {
        ExportScope.Neighbourhood => "NEIGHBOURHOOD",
        ExportScope.Articles => "ARTICLES",
        _ => "WHOLE_GRAPH",
    };

    public static string EdgeModeName(EdgeMode edges) => edges == EdgeMode.Relations ? "relations" : "reports";

    /// <summary>The edge label every format shows: the tie type's wire name.</summary>
    public static string Label(ExportEdge edge) => WireNames.Of(edge.Type);

    /// <summary>
    /// Gephi's interval-set syntax, <c>&lt;[2023-11-01, 2023-11-30]; [2024-01-01, 2024-12-31]&gt;</c>, closed
    /// intervals of ISO dates; null when there is none (an element without bounds).
    /// </summary>
    public static string? GephiIntervals(IEnumerable<DayInterval> intervals)
    {
        var parts = intervals.Select(i => $"[{Day(i.Start)}, {Day(i.End)}]").ToList();
        return parts.Count == 0 ? null : $"<{string.Join("; ", parts)}>";
    }

    /// <summary>The line an article gets in a text description: id, title, publisher, date.</summary>
    public static string Citation(ArticleSummary article) =>
        $"{article.Id}: {article.Title ?? "(no title)"}, {article.Publisher ?? "(publisher not named)"}, {article.PublishedAt.ToIsoString() ?? "undated"}";
}
