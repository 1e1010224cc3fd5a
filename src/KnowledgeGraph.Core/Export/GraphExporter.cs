using System.Globalization;
using KnowledgeGraph.Core.Export.Formats;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// One export format: its name for <c>?format=</c>, what to put in Content-Type and Content-Disposition, and the
/// writer. Writing is asynchronous throughout and hands bytes on as it goes, so a host can stream it straight into a
/// response body; a selection naming unknown actors or articles throws <see cref="ExportSelectionException"/>
/// before the first byte.
/// </summary>
public sealed class GraphExporter
{
    private readonly IStoreExporter _writer;

    internal GraphExporter(string format, string contentType, string fileExtension, bool supportsRelations, IStoreExporter writer)
    {
        Format = format;
        ContentType = contentType;
        FileExtension = fileExtension;
        SupportsRelations = supportsRelations;
        _writer = writer;
    }

    /// <value>The name a request gives, such as <c>graphml</c>.</value>
    public string Format { get; }

    /// <value>The media type of the response, such as <c>application/json</c>.</value>
    public string ContentType { get; }

    /// <value>The file name ending, with its dot, such as <c>.graphml</c> or <c>.csv.zip</c>.</value>
    public string FileExtension { get; }

    /// <value>False for a format that can only hold reports (the import format).</value>
    public bool SupportsRelations { get; }

    /// <summary>A download name such as <c>knowledgegraph-neighbourhood-20240214T093000Z.gexf</c>.</summary>
    public string FileNameFor(ExportSelection selection, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var scope = selection.Scope switch
        {
            ExportScope.Neighbourhood => "neighbourhood",
            ExportScope.Articles => "articles",
            _ => "graph",
        };
        var stamp = exportedAt.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return $"knowledgegraph-{scope}-{stamp}{FileExtension}";
    }

    /// <summary>Writes the selection from the store to <paramref name="output"/>, stamped with <paramref name="exportedAt"/>.</summary>
    public Task WriteAsync(IGraphStore store, ExportSelection selection, Stream output, DateTimeOffset exportedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(output);
        if (selection.Edges == EdgeMode.Relations && !SupportsRelations)
        {
            throw new ArgumentException($"the {Format} format holds reports, not relations", nameof(selection));
        }

        return _writer.WriteAsync(store, selection, output, exportedAt, cancellationToken);
    }
}
