using System.Text.Json;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export;

public sealed class GraphMLExportTests(GraphMLExportFixture fixture) : IClassFixture<GraphMLExportFixture>
{
    private static readonly string[] Libraries = ["networkx", "igraph"];

    public static TheoryData<string> Scenarios => ExportScenarios.Names;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Networkx_and_igraph_load_every_node_and_edge_of_a_directed_graph(string scenario)
    {
        var expected = fixture.Expected(scenario);
        foreach (var library in Libraries)
        {
            var graph = fixture.Report(scenario).GetProperty(library);
            Assert.True(graph.GetProperty("directed").GetBoolean(), $"{library} should read a directed graph");
            ReaderAssert.SameIds(expected.Actors.Keys, graph.GetProperty("nodes"), $"{library} nodes");
            ReaderAssert.SameIds(expected.EdgeIds, graph.GetProperty("edges"), $"{library} edges");
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Node_attributes_read_back_equal_in_both_libraries(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var mismatches = new List<string>();
        foreach (var library in Libraries)
        {
            var nodes = fixture.Report(scenario).GetProperty(library).GetProperty("nodes");
            foreach (var (id, actor) in expected.Actors)
            {
                var attributes = XmlSpelling.Of(expected.NodeAttributes(id));
                attributes["label"] = actor.Name;
                attributes["name"] = actor.Name;
                ReaderAssert.Attributes(attributes, nodes.GetProperty(id), $"{library} {id}", mismatches);
            }
        }

        ReaderAssert.NoMismatches(mismatches);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Edge_ends_and_attributes_read_back_equal_in_both_libraries(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var mismatches = new List<string>();
        foreach (var library in Libraries)
        {
            var edges = fixture.Report(scenario).GetProperty(library).GetProperty("edges");
            foreach (var id in expected.EdgeIds)
            {
                var edge = edges.GetProperty(id);
                var attributes = XmlSpelling.Of(expected.EdgeAttributes(id));
                attributes["source"] = expected.IsRelations ? expected.RelationsById[id].Source : expected.TiesById[id].Source;
                attributes["target"] = expected.IsRelations ? expected.RelationsById[id].Target : expected.TiesById[id].Target;
                ReaderAssert.Attributes(attributes, edge, $"{library} {id}", mismatches);
            }
        }

        ReaderAssert.NoMismatches(mismatches);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Graph_data_states_the_selection_the_time_the_counts_and_the_articles(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var selection = fixture.Scenario(scenario).Selection;
        foreach (var library in Libraries)
        {
            var graph = fixture.Report(scenario).GetProperty(library).GetProperty("graph");
            var mismatches = new List<string>();
            ReaderAssert.Attributes(new Dictionary<string, object?>
            {
                ["exportedAt"] = "2024-02-14T09:30:00.000Z",
                ["selection"] = selection.Describe(),
                ["selectionParameters"] = selection.ToQueryString(),
                ["edgeMode"] = selection.Edges == EdgeMode.Relations ? "relations" : "reports",
                ["nodeCount"] = expected.Actors.Count,
                ["edgeCount"] = expected.EdgeCount,
                ["reportCount"] = expected.Ties.Count,
                ["truncated"] = expected.Truncated,
            }, graph, library, mismatches);
            ReaderAssert.NoMismatches(mismatches);

            using var articles = JsonDocument.Parse(graph.GetProperty("articles").GetString()!);
            var cited = articles.RootElement.EnumerateArray().ToList();
            Assert.Equal(expected.Articles.Keys.Order(StringComparer.Ordinal), cited.Select(a => a.GetProperty("id").GetString()));
            Assert.All(cited, a => Assert.Equal(expected.Articles[a.GetProperty("id").GetString()!].Title, ReaderAssert.OptionalString(a, "title")));
        }
    }

    [Fact]
    public void Evidence_keeps_quotes_tabs_line_breaks_and_carriage_returns_and_loses_only_the_control_character()
    {
        var edges = fixture.Report("generated-graph-reports").GetProperty("networkx").GetProperty("edges");
        Assert.Equal("A Windows line 2\r\nand the next one.", edges.GetProperty("t00002").GetProperty("evidence").GetString());
        Assert.Equal("Tabbed\tfield 11, with a comma", edges.GetProperty("t00011").GetProperty("evidence").GetString());
        Assert.Equal(" padded evidence 6 ", edges.GetProperty("t00006").GetProperty("evidence").GetString());
        Assert.Equal("A stray bell\uFFFD in report 17.", edges.GetProperty(GeneratedGraph.ControlCharacterTie).GetProperty("evidence").GetString());
    }
}
