using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Core.Export.Formats;

namespace KnowledgeGraph.Core.Export;

/// <summary>Every export format by name, and the parsing of a whole export request (<c>format</c> plus a selection).</summary>
public static class GraphExporters
{
    public const string FormatParameter = "format";

    public static GraphExporter GraphML { get; } = new("graphml", "application/xml", ".graphml", true, new SourceExporter(new GraphMLWriter()));

    public static GraphExporter Gexf { get; } = new("gexf", "application/xml", ".gexf", true, new SourceExporter(new GexfWriter()));

    public static GraphExporter Cytoscape { get; } = new("cytoscape", "application/json", ".cyjs", true, new SourceExporter(new CytoscapeWriter()));

    public static GraphExporter Csv { get; } = new("csv", "application/zip", ".csv.zip", true, new SourceExporter(new CsvZipWriter()));

    public static GraphExporter Jgf { get; } = new("jgf", "application/json", ".jgf.json", true, new SourceExporter(new JgfWriter()));

    /// <value>The import format: the whole graph as <c>kg import</c> reads it, or a subgraph of it.</value>
    public static GraphExporter Json { get; } = new("json", "application/json", ".json", false, new ImportFormatExporter());

    public static IReadOnlyList<GraphExporter> All { get; } = [GraphML, Gexf, Cytoscape, Csv, Jgf, Json];

    public static bool TryGet(string? format, [NotNullWhen(true)] out GraphExporter? exporter)
    {
        exporter = All.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase));
        return exporter is not null;
    }

    /// <summary>
    /// Reads <c>format</c> (required) and the selection parameters of an export request, reporting every problem
    /// with its parameter, including a format that cannot hold what the selection asks for.
    /// </summary>
    public static bool TryParseRequest(IReadOnlyDictionary<string, string?> parameters, [NotNullWhen(true)] out ExportRequest? request,
        out IReadOnlyList<ExportParameterError> errors)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = new List<ExportParameterError>();
        var formats = string.Join(", ", All.Select(e => e.Format));
        parameters.TryGetValue(FormatParameter, out var format);
        GraphExporter? exporter = null;
        if (string.IsNullOrWhiteSpace(format))
        {
            problems.Add(new(FormatParameter, $"is required: one of {formats}"));
        }
        else if (!TryGet(format.Trim(), out exporter))
        {
            problems.Add(new(FormatParameter, $"\"{format}\" is not an export format; expected one of {formats}"));
        }

        var selectionParameters = parameters.Where(p => p.Key != FormatParameter).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        ExportSelection.TryParse(selectionParameters, out var selection, out var selectionErrors);
        problems.AddRange(selectionErrors);
        if (exporter is { SupportsRelations: false } && selection?.Edges == EdgeMode.Relations)
        {
            problems.Add(new(ExportSelection.EdgesParameter, $"the {exporter.Format} format holds reports only: use edges=reports"));
        }

        errors = problems;
        request = problems.Count == 0 && exporter is not null && selection is not null ? new ExportRequest(exporter, selection) : null;
        return request is not null;
    }
}
