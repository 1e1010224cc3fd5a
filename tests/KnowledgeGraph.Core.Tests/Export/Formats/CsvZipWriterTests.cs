using System.IO.Compression;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export.Formats;

public sealed class CsvZipWriterTests
{
    [Fact]
    public async Task Entries_are_stamped_with_the_export_time()
    {
        var entries = await EntryTimesAsync(new DateTimeOffset(2024, 2, 14, 9, 30, 0, TimeSpan.Zero));
        Assert.All(entries, e => Assert.Equal(new DateTime(2024, 2, 14, 9, 30, 0), e.DateTime));
    }

    [Fact]
    public async Task An_export_time_before_1980_which_ZIP_cannot_hold_becomes_its_first_day()
    {
        var entries = await EntryTimesAsync(DateTimeOffset.UnixEpoch);
        Assert.All(entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.DateTime));
    }

    private static async Task<List<DateTimeOffset>> EntryTimesAsync(DateTimeOffset exportedAt)
    {
        using var output = new MemoryStream();
        await GraphExporters.Csv.WriteAsync(await ExportScenarios.SeedStoreAsync(), ExportSelection.Neighbourhood(["kataib-hezbollah"]), output, exportedAt);
        output.Position = 0;
        using var zip = new ZipArchive(output, ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e => e.LastWriteTime)];
    }
}
