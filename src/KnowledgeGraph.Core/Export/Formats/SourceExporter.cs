using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>Reads the selection into an <see cref="ExportSource"/> (failing before any byte is written), then writes the format.</summary>
internal sealed class SourceExporter(IFormatWriter writer) : IStoreExporter
{
    public async Task WriteAsync(IGraphStore store, ExportSelection selection, Stream output, DateTimeOffset exportedAt, CancellationToken cancellationToken)
    {
        var source = await ExportSource.OpenAsync(store, selection, exportedAt, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(source, output, cancellationToken).ConfigureAwait(false);
    }
}
