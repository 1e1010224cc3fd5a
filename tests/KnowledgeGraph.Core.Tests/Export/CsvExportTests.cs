using System.IO.Compression;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Export;

public sealed class CsvExportTests(CsvExportFixture fixture) : IClassFixture<CsvExportFixture>
{
    private static readonly string[] NodeColumns = ["Id", "Label", "Kind", "Aliases", "Description", "Wikidata", "Time Interval"];

    private static readonly string[] ReportColumns =
        ["Source", "Target", "Type", "Id", "Label", "Weight", "TieType", "Date", "DatePrecision", "Time Interval", "Location", "Evidence", "Article", "ArticleTitle", "Note"];

    private static readonly string[] RelationColumns =
        ["Source", "Target", "Type", "Id", "Label", "Weight", "TieType", "ReportCount", "FirstDate", "LastDate", "Time Interval", "Articles", "ReportIds"];

    public static TheoryData<string> Scenarios => ExportScenarios.Names;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_zip_holds_the_metadata_the_nodes_table_and_the_edges_table(string scenario)
    {
        var report = fixture.Report(scenario);
        Assert.Equal(["edges.csv", "nodes.csv", "metadata.json"], report.GetProperty("entries").EnumerateArray().Select(e => e.GetString()));
        MetadataAssert.Describes(fixture.Scenario(scenario), fixture.Expected(scenario), report.GetProperty("metadata"), "knowledgegraph-csv/1");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Node_rows_follow_Gephi_columns_with_the_span_as_a_time_interval(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var rows = Table(fixture.Report(scenario), "nodes", NodeColumns);
        Assert.Equal(expected.Actors.Keys.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, actor) in expected.Actors)
        {
            var span = expected.NodeSpans[id];
            Assert.Equal(
                [id, actor.Name, WireNames.Of(actor.Kind), string.Join(" | ", actor.Aliases), actor.Description ?? "", actor.Wikidata ?? "",
                 span is { } s ? $"<[{Day(s.Start)}, {Day(s.End)}]>" : ""],
                rows[id]);
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Edge_rows_follow_Gephi_columns_and_read_back_every_field_exactly(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var rows = Table(fixture.Report(scenario), "edges", expected.IsRelations ? RelationColumns : ReportColumns, idColumn: 3);
        Assert.Equal(expected.EdgeIds.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var id in expected.EdgeIds)
        {
            Assert.Equal(expected.IsRelations ? RelationRow(expected, id) : ReportRow(expected, id), rows[id]);
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_separate_tables_are_the_same_bytes_as_the_zip_entries(string scenario)
    {
        using var zip = ZipFile.OpenRead(fixture.ExportFile(scenario));
        foreach (var name in new[] { CsvTables.NodesFileName, CsvTables.EdgesFileName, CsvTables.MetadataFileName })
        {
            using var entry = zip.GetEntry(name)!.Open();
            using var copy = new MemoryStream();
            entry.CopyTo(copy);
            Assert.Equal(File.ReadAllBytes(Path.Combine(fixture.TablesFolder(scenario), name)), copy.ToArray());
        }

        Assert.Equal(fixture.Report(scenario).GetProperty("edges").ToString(), fixture.TablesReport(scenario).GetProperty("edges").ToString());
    }

    [Fact]
    public void Tables_are_UTF8_without_a_byte_order_mark_with_CRLF_row_ends_and_RFC_4180_quotes()
    {
        var edges = File.ReadAllText(Path.Combine(fixture.TablesFolder("generated-graph-reports"), CsvTables.EdgesFileName), new UTF8Encoding(false));
        Assert.StartsWith("Source,Target,Type,Id,Label,Weight,TieType,Date,DatePrecision,Time Interval,", edges, StringComparison.Ordinal);
        Assert.Contains("\r\nactor-", edges, StringComparison.Ordinal);
        Assert.Contains(",\"Militants said, \"\"we struck at dawn\"\" near the base (0).\",", edges, StringComparison.Ordinal);
        Assert.Contains(",\"Line one of report 1\nline two, after a break.\",", edges, StringComparison.Ordinal);
        Assert.Contains(",\"A Windows line 2\r\nand the next one.\",", edges, StringComparison.Ordinal);
        Assert.Contains(", padded evidence 6 ,", edges, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(Path.Combine(fixture.TablesFolder("generated-graph-reports"), CsvTables.NodesFileName));
        Assert.Equal("Id,"u8.ToArray(), bytes[..3]);
    }

    [Fact]
    public void A_met_with_edge_is_undirected_and_every_other_directed()
    {
        var rows = Table(fixture.Report("seed-graph-reports"), "edges", ReportColumns, idColumn: 3);
        Assert.All(rows.Values, row => Assert.Equal(row[6] == "MET_WITH" ? "Undirected" : "Directed", row[2]));
        Assert.Contains(rows.Values, row => row[2] == "Undirected");
    }

    private static string[] ReportRow(ExpectedExport expected, string id)
    {
        var tie = expected.TiesById[id];
        return
        [
            tie.Source, tie.Target, tie.Type == TieType.MetWith ? "Undirected" : "Directed", id, WireNames.Of(tie.Type), "1", WireNames.Of(tie.Type),
            tie.Date.ToIsoString() ?? "", WireNames.Of(tie.Date.Precision), tie.Date.IsUnknown ? "" : $"<[{Day(tie.Date.Start)}, {Day(tie.Date.End)}]>",
            tie.Location ?? "", tie.Evidence, tie.Article, expected.ArticleTitle(tie.Article) ?? "", tie.Note ?? "",
        ];
    }

    private static string[] RelationRow(ExpectedExport expected, string id)
    {
        var relation = expected.RelationsById[id];
        var spells = expected.SpellsOf(relation);
        var count = relation.ReportCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            relation.Source, relation.Target, relation.Type == TieType.MetWith ? "Undirected" : "Directed", id, WireNames.Of(relation.Type), count,
            WireNames.Of(relation.Type), count, relation.FirstDate.ToIsoString() ?? "", relation.LastDate.ToIsoString() ?? "",
            spells.Count == 0 ? "" : $"<{string.Join("; ", spells.Select(s => $"[{Day(s.Start)}, {Day(s.End)}]"))}>",
            string.Join(" | ", relation.Articles), string.Join(" | ", relation.TieIds),
        ];
    }

    // Rows by id, after checking the header; every row must have as many fields as the header.
    private static Dictionary<string, string[]> Table(JsonElement report, string name, string[] columns, int idColumn = 0)
    {
        var rows = report.GetProperty(name).EnumerateArray().Select(r => r.EnumerateArray().Select(f => f.GetString()!).ToArray()).ToList();
        Assert.Equal(columns, rows[0]);
        Assert.All(rows, row => Assert.Equal(columns.Length, row.Length));
        return rows.Skip(1).ToDictionary(r => r[idColumn], StringComparer.Ordinal);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
