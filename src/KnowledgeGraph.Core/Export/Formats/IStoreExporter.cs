using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>Writes one export format straight from a store for a selection.</summary>
internal interface IStoreExporter
{
    Task WriteAsync(IGraphStore store, ExportSelection selection, Stream output, DateTimeOffset exportedAt, CancellationToken cancellationToken);
}
