using System.Globalization;
using KnowledgeGraph.Core.Export.Formats;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Export;

public sealed class GexfExportTests(GexfExportFixture fixture) : IClassFixture<GexfExportFixture>
{
    public static TheoryData<string> Scenarios => ExportScenarios.Names;

    [Fact]
    public void Every_file_validates_against_the_GEXF_1_3_XML_schema()
    {
        Assert.True(fixture.XsdValidation.ExitCode == 0, fixture.XsdValidation.Error);
        foreach (var scenario in ExportScenarios.NameList)
        {
            Assert.Contains($"{fixture.ExportFile(scenario)} validates", fixture.XsdValidation.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_file_validates_against_the_GEXF_1_3_RELAX_NG_grammar()
    {
        var errors = fixture.RngValidation.Output.Split('\n').Where(line => line.Contains("error:", StringComparison.Ordinal)).ToList();
        Assert.True(fixture.RngValidation.ExitCode == 0 && errors.Count == 0, string.Join('\n', errors.Take(10)));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Networkx_loads_a_dynamic_graph_with_every_node_and_edge(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var graph = fixture.Report(scenario);
        Assert.Equal("dynamic", graph.GetProperty("mode").GetString());
        Assert.Equal("date", graph.GetProperty("timeformat").GetString());
        Assert.True(graph.GetProperty("directed").GetBoolean());
        ReaderAssert.SameIds(expected.Actors.Keys, graph.GetProperty("nodes"), "nodes");
        ReaderAssert.SameIds(expected.EdgeIds, graph.GetProperty("edges"), "edges");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Nodes_span_from_their_earliest_to_their_latest_dated_edge(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var nodes = fixture.Report(scenario).GetProperty("nodes");
        var mismatches = new List<string>();
        foreach (var (id, span) in expected.NodeSpans)
        {
            var attributes = XmlSpelling.Of(expected.NodeAttributes(id));
            attributes["label"] = XmlText.Token(expected.Actors[id].Name);
            attributes["start"] = span is { } s ? Day(s.Start) : null;
            attributes["end"] = span is { } e ? Day(e.End) : null;
            ReaderAssert.Attributes(attributes, nodes.GetProperty(id), id, mismatches);
        }

        ReaderAssert.NoMismatches(mismatches);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Report_edges_span_their_date_and_relation_edges_carry_one_spell_per_stretch_of_dated_reports(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var edges = fixture.Report(scenario).GetProperty("edges");
        var mismatches = new List<string>();
        foreach (var id in expected.EdgeIds)
        {
            var edge = edges.GetProperty(id);
            var attributes = XmlSpelling.Of(expected.EdgeAttributes(id));
            attributes.Remove("weight");
            attributes["label"] = attributes["type"];
            if (expected.IsRelations)
            {
                var relation = expected.RelationsById[id];
                attributes["weight"] = (double)relation.ReportCount;
                attributes["start"] = null;
                attributes["end"] = null;
                var spells = expected.SpellsOf(relation).Select(s => $"{Day(s.Start)}..{Day(s.End)}");
                var read = edge.TryGetProperty("spells", out var found) ? found.EnumerateArray().Select(s => $"{s[0]}..{s[1]}") : [];
                if (!spells.SequenceEqual(read))
                {
                    mismatches.Add($"{id}.spells: expected {string.Join(", ", spells)}, got {string.Join(", ", read)}");
                }
            }
            else
            {
                var time = expected.EdgeTimes[id];
                attributes["start"] = time is { } s ? Day(s.Start) : null;
                attributes["end"] = time is { } e ? Day(e.End) : null;
            }

            ReaderAssert.Attributes(attributes, edge, id, mismatches);
        }

        ReaderAssert.NoMismatches(mismatches);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_description_states_the_selection_the_time_the_counts_and_every_source_article(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var selection = fixture.Scenario(scenario).Selection;
        var description = fixture.Report(scenario).GetProperty("description").GetString()!;
        Assert.Contains(selection.Describe(), description, StringComparison.Ordinal);
        Assert.Contains("Selection parameters: " + selection.ToQueryString(), description, StringComparison.Ordinal);
        Assert.Contains("Exported at: 2024-02-14T09:30:00.000Z", description, StringComparison.Ordinal);
        Assert.Contains($"Counts: {expected.Actors.Count} nodes, {expected.EdgeCount} edges, {expected.Ties.Count} reports", description, StringComparison.Ordinal);
        Assert.All(expected.Articles.Values, a => Assert.Contains($"- {a.Id}: {a.Title ?? "(no title)"}", description, StringComparison.Ordinal));
    }

    [Fact]
    public void A_month_report_spans_the_whole_month_and_a_year_report_the_whole_year()
    {
        var expected = fixture.Expected("generated-graph-reports");
        var edges = fixture.Report("generated-graph-reports").GetProperty("edges");
        var month = expected.Ties.First(t => t.Date.Precision == DatePrecision.Month && t.Date.Start.Month == 2);
        var year = expected.Ties.First(t => t.Date.Precision == DatePrecision.Year);
        Assert.Equal(Day(month.Date.Start), edges.GetProperty(month.Id).GetProperty("start").GetString());
        Assert.Equal(Day(new DateOnly(month.Date.Start.Year, 2, DateTime.DaysInMonth(month.Date.Start.Year, 2))), edges.GetProperty(month.Id).GetProperty("end").GetString());
        Assert.Equal($"{year.Date.Start.Year}-12-31", edges.GetProperty(year.Id).GetProperty("end").GetString());
        Assert.False(edges.GetProperty(expected.Ties.First(t => t.Date.IsUnknown).Id).TryGetProperty("start", out _));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
