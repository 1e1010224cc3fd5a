using KnowledgeGraph.Core.Export.Sources;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>Writes one export format from an <see cref="ExportSource"/>, asynchronously, handing bytes on as it goes.</summary>
internal interface IFormatWriter
{
    /// <value>True when the format puts the metadata and the node time spans before the first node (GEXF).</value>
    bool MetadataFirst { get; }

    Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken);
}
