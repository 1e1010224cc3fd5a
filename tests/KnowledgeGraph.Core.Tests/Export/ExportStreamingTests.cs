using System.IO.Compression;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Export;

public sealed class ExportStreamingTests
{
    public static TheoryData<string, EdgeMode> FormatsAndModes
    {
        get
        {
            var data = new TheoryData<string, EdgeMode>();
            foreach (var exporter in GraphExporters.All)
            {
                data.Add(exporter.Format, EdgeMode.Reports);
                if (exporter.SupportsRelations)
                {
                    data.Add(exporter.Format, EdgeMode.Relations);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(FormatsAndModes))]
    public async Task Every_format_writes_to_a_response_body_asynchronously_in_chunks_as_it_goes(string format, EdgeMode edges)
    {
        GraphExporters.TryGet(format, out var exporter);
        var store = await ExportScenarios.GeneratedStoreAsync();
        var selection = ExportSelection.WholeGraph(edges);
        await using var body = new AsyncOnlyStream();
        using var reference = new MemoryStream();

        await exporter!.WriteAsync(store, selection, body, ExportScenarios.ExportedAt);
        await exporter.WriteAsync(store, selection, reference, ExportScenarios.ExportedAt);

        var total = body.WriteSizes.Sum();
        Assert.True(body.WriteSizes.Count >= Math.Max(2, total / (128 * 1024)), $"{body.WriteSizes.Count} writes for {total} bytes");
        Assert.True(body.WriteSizes.Max() < 256 * 1024, $"one write held {body.WriteSizes.Max()} bytes");
        if (format == GraphExporters.Csv.Format)
        {
            Assert.Equal(Entries(reference.ToArray()), Entries(body.ToArray()));
        }
        else
        {
            Assert.Equal(reference.ToArray(), body.ToArray());
        }
    }

    [Fact]
    public async Task Unknown_seed_actors_fail_before_anything_is_written()
    {
        var store = await ExportScenarios.SeedStoreAsync();
        await using var body = new AsyncOnlyStream();
        var error = await Assert.ThrowsAsync<ExportSelectionException>(() => GraphExporters.Gexf.WriteAsync(
            store, ExportSelection.Neighbourhood(["kataib-hezbollah", "no-such-actor"]), body, ExportScenarios.ExportedAt));
        Assert.Equal("actors", error.Parameter);
        Assert.Equal(["no-such-actor"], error.UnknownIds);
        Assert.Empty(body.WriteSizes);
    }

    [Fact]
    public async Task Unknown_articles_fail_before_anything_is_written()
    {
        var store = await ExportScenarios.SeedStoreAsync();
        await using var body = new AsyncOnlyStream();
        var error = await Assert.ThrowsAsync<ExportSelectionException>(() => GraphExporters.Csv.WriteAsync(
            store, ExportSelection.OfArticles(["missing-article"]), body, ExportScenarios.ExportedAt));
        Assert.Equal("articles: no article has the id \"missing-article\"", error.Message);
        Assert.Empty(body.WriteSizes);
    }

    private static Dictionary<string, string> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}
