using KnowledgeGraph.Core.Export.Sources;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>Writes one export format from an <see cref="ExportSource"/>, asynchronously, handing bytes on as it goes.</summary>
internal interface IFormatWriter
{
    Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken);
}
