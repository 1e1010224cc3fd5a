using KnowledgeGraph.Core.Export.Formats;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// The CSV export as separate files (for <c>kg export --format csv --out DIR</c>): the same nodes table, edges table
/// and metadata the <c>csv</c> ZIP holds, each to its own stream.
/// </summary>
public static class CsvTables
{
    public const string NodesFileName = "nodes.csv";
    public const string EdgesFileName = "edges.csv";
    public const string MetadataFileName = "metadata.json";

    public static async Task WriteAsync(IGraphStore store, ExportSelection selection, Stream nodes, Stream edges, Stream metadata,
        DateTimeOffset exportedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(metadata);
        var source = await ExportSource.OpenAsync(store, selection, exportedAt, cancellationToken).ConfigureAwait(false);
        await GephiCsvTables.WriteEdgesAsync(source, edges, cancellationToken).ConfigureAwait(false);
        await GephiCsvTables.WriteNodesAsync(source, nodes, cancellationToken).ConfigureAwait(false);
        await MetadataJson.WriteDocumentAsync(metadata, source.Metadata, CsvZipWriter.FormatName, cancellationToken).ConfigureAwait(false);
    }
}
