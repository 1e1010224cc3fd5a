using System.IO.Compression;
using KnowledgeGraph.Core.Export.Sources;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// The CSV export as one file, since one HTTP response is one file: a ZIP holding <c>edges.csv</c>, <c>nodes.csv</c>
/// and <c>metadata.json</c>, in that order so one pass over the ties gives the nodes their spans and the metadata its
/// counts, written in streaming mode (the archive never seeks back). The archive writes
/// into an <see cref="OutputSpool"/>, because closing an entry writes synchronously even in .NET 10's asynchronous API.
/// </summary>
internal sealed class CsvZipWriter : IFormatWriter
{
    public const string FormatName = "knowledgegraph-csv/1";

    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ZipEnd = new(2107, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken)
    {
        var exportedAt = ZipTime(source.ExportedAt);
        var spool = new OutputSpool(output);
        await using var spoolScope = spool.ConfigureAwait(false);
        var zip = await ZipArchive.CreateAsync(spool, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
        await using (zip.ConfigureAwait(false))
        {
            await WriteEntryAsync(zip, CsvTables.EdgesFileName, exportedAt,
                entry => GephiCsvTables.WriteEdgesAsync(source, entry, cancellationToken), cancellationToken).ConfigureAwait(false);
            await WriteEntryAsync(zip, CsvTables.NodesFileName, exportedAt,
                entry => GephiCsvTables.WriteNodesAsync(source, entry, cancellationToken), cancellationToken).ConfigureAwait(false);
            await WriteEntryAsync(zip, CsvTables.MetadataFileName, exportedAt,
                entry => MetadataJson.WriteDocumentAsync(entry, source.Metadata, FormatName, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        await spool.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    // ZIP keeps DOS times, 1980 to 2107; an export stamped outside them gets the nearest one.
    private static DateTimeOffset ZipTime(DateTimeOffset at) => at < ZipEpoch ? ZipEpoch : at > ZipEnd ? ZipEnd : at;

    private static async Task WriteEntryAsync(ZipArchive zip, string name, DateTimeOffset exportedAt, Func<Stream, Task> write,
        CancellationToken cancellationToken)
    {
        // Fastest, not Optimal: on the 1M-tie graph Optimal spent more CPU compressing than everything else the
        // export does, for a file only somewhat smaller; CSV of ids and dates still shrinks several times over.
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = exportedAt;
        var stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await write(stream).ConfigureAwait(false);
        }
    }
}
