using System.IO.Compression;
using KnowledgeGraph.Core.Export.Sources;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// The CSV export as one file, since one HTTP response is one file: a ZIP holding <c>metadata.json</c>,
/// <c>nodes.csv</c> and <c>edges.csv</c>, written in streaming mode (the archive never seeks back). The archive writes
/// into an <see cref="OutputSpool"/>, because closing an entry writes synchronously even in .NET 10's asynchronous API.
/// </summary>
internal sealed class CsvZipWriter : IFormatWriter
{
    public const string FormatName = "knowledgegraph-csv/1";

    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken)
    {
        var metadata = source.Metadata;
        var spool = new OutputSpool(output);
        await using var spoolScope = spool.ConfigureAwait(false);
        var zip = await ZipArchive.CreateAsync(spool, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
        await using (zip.ConfigureAwait(false))
        {
            await WriteEntryAsync(zip, CsvTables.MetadataFileName, metadata.ExportedAt,
                entry => MetadataJson.WriteDocumentAsync(entry, metadata, FormatName, cancellationToken), cancellationToken).ConfigureAwait(false);
            await WriteEntryAsync(zip, CsvTables.NodesFileName, metadata.ExportedAt,
                entry => GephiCsvTables.WriteNodesAsync(source, entry, cancellationToken), cancellationToken).ConfigureAwait(false);
            await WriteEntryAsync(zip, CsvTables.EdgesFileName, metadata.ExportedAt,
                entry => GephiCsvTables.WriteEdgesAsync(source, entry, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        await spool.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, DateTimeOffset exportedAt, Func<Stream, Task> write,
        CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = exportedAt;
        var stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await write(stream).ConfigureAwait(false);
        }
    }
}
