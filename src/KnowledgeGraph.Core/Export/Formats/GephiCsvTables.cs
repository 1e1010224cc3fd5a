using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// The node and edge tables in Gephi's spreadsheet convention (Data Laboratory, "Import spreadsheet"): nodes keyed by
/// <c>Id</c> with a <c>Label</c>; edges with <c>Source</c>, <c>Target</c>, <c>Type</c> (Directed or Undirected: Gephi
/// takes mixed tables), <c>Id</c>, <c>Label</c>, <c>Weight</c> and <c>Time Interval</c> in Gephi's interval-set syntax
/// (<c>&lt;[2023-11-01, 2023-11-30]&gt;</c>, left empty for no bounds); every other column becomes an attribute.
/// </summary>
internal static class GephiCsvTables
{
    public static IReadOnlyList<string> NodeColumns { get; } = ["Id", "Label", "Kind", "Aliases", "Description", "Wikidata", "Time Interval"];

    public static IReadOnlyList<string> ReportColumns { get; } =
        ["Source", "Target", "Type", "Id", "Label", "Weight", "TieType", "Date", "DatePrecision", "Time Interval", "Location", "Evidence", "Article", "ArticleTitle", "Note"];

    public static IReadOnlyList<string> RelationColumns { get; } =
        ["Source", "Target", "Type", "Id", "Label", "Weight", "TieType", "ReportCount", "FirstDate", "LastDate", "Time Interval", "Articles", "ReportIds"];

    public static async Task WriteNodesAsync(ExportSource source, Stream output, CancellationToken cancellationToken)
    {
        using var table = new CsvTable(output, NodeColumns);
        await foreach (var node in source.NodesAsync(cancellationToken).ConfigureAwait(false))
        {
            var actor = node.Actor;
            table.Field(actor.Id);
            table.Field(actor.Name);
            table.Field(WireNames.Of(actor.Kind));
            table.Field(ExportValues.Joined(actor.Aliases));
            table.Field(actor.Description);
            table.Field(actor.Wikidata);
            table.Field(node.Span is { } span ? ExportValues.GephiIntervals([span]) : null);
            await table.EndRowAsync(cancellationToken).ConfigureAwait(false);
        }

        await table.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteEdgesAsync(ExportSource source, Stream output, CancellationToken cancellationToken)
    {
        var relations = source.Selection.Edges == EdgeMode.Relations;
        using var table = new CsvTable(output, relations ? RelationColumns : ReportColumns);
        await foreach (var edge in source.EdgesAsync(cancellationToken).ConfigureAwait(false))
        {
            table.Field(edge.Source);
            table.Field(edge.Target);
            table.Field(edge.Directed ? "Directed" : "Undirected");
            table.Field(edge.Id);
            table.Field(ExportValues.Label(edge));
            if (edge is RelationEdge relation)
            {
                WriteRelation(table, relation);
            }
            else if (edge is ReportEdge report)
            {
                WriteReport(table, report);
            }

            await table.EndRowAsync(cancellationToken).ConfigureAwait(false);
        }

        await table.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteReport(CsvTable table, ReportEdge report)
    {
        var tie = report.Tie;
        table.Field("1");
        table.Field(WireNames.Of(tie.Type));
        table.Field(tie.Date.ToIsoString());
        table.Field(WireNames.Of(tie.Date.Precision));
        table.Field(report.Time is { } time ? ExportValues.GephiIntervals([time]) : null);
        table.Field(tie.Location);
        table.Field(tie.Evidence);
        table.Field(tie.Article);
        table.Field(report.Article?.Title);
        table.Field(tie.Note);
    }

    private static void WriteRelation(CsvTable table, RelationEdge relation)
    {
        table.Field(ExportValues.Number(relation.ReportCount));
        table.Field(WireNames.Of(relation.Type));
        table.Field(ExportValues.Number(relation.ReportCount));
        table.Field(relation.FirstDate.ToIsoString());
        table.Field(relation.LastDate.ToIsoString());
        table.Field(ExportValues.GephiIntervals(relation.Spells));
        table.Field(ExportValues.Joined(relation.Articles));
        table.Field(ExportValues.Joined(relation.ReportIds));
    }
}
