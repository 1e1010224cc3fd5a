using System.Text.Json;

namespace KnowledgeGraph.Core.Tests.Export;

public sealed class JgfExportTests(JgfExportFixture fixture) : IClassFixture<JgfExportFixture>
{
    public static TheoryData<string> Scenarios => ExportScenarios.Names;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_file_is_valid_against_the_JGF_v2_schema(string scenario)
    {
        var report = fixture.Report(scenario);
        Assert.True(report.GetProperty("valid").GetBoolean(), string.Join('\n', report.GetProperty("errors").EnumerateArray().Select(e => e.GetString())));
        Assert.Equal(fixture.Expected(scenario).Actors.Count, report.GetProperty("nodeCount").GetInt32());
        Assert.Equal(fixture.Expected(scenario).EdgeCount, report.GetProperty("edgeCount").GetInt32());
    }

    [Fact]
    public async Task The_validator_rejects_a_graph_the_schema_does_not_allow()
    {
        var broken = Path.Combine(fixture.Folder, "broken.jgf.json");
        await File.WriteAllTextAsync(broken, """{ "graph": { "nodes": [ { "id": "a" } ], "edges": [ { "source": "a" } ], "colour": "red" } }""");
        var report = (await ExternalReaders.RunScriptAsync("node", "jgf_validator.js", [broken])).GetProperty(broken);
        Assert.False(report.GetProperty("valid").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Nodes_are_keyed_by_actor_id_and_edges_name_their_relation_and_direction(string scenario)
    {
        var expected = fixture.Expected(scenario);
        using var document = JsonDocument.Parse(File.ReadAllBytes(fixture.ExportFile(scenario)));
        var graph = document.RootElement.GetProperty("graph");
        Assert.True(graph.GetProperty("directed").GetBoolean());
        var mismatches = new List<string>();
        foreach (var (id, actor) in expected.Actors)
        {
            var node = graph.GetProperty("nodes").GetProperty(id);
            Assert.Equal(actor.Name, node.GetProperty("label").GetString());
            ReaderAssert.Attributes(expected.NodeAttributes(id), node.GetProperty("metadata"), id, mismatches);
        }

        var edges = graph.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal(expected.EdgeIds.Order(StringComparer.Ordinal), edges.Keys.Order(StringComparer.Ordinal));
        foreach (var id in expected.EdgeIds)
        {
            var attributes = expected.EdgeAttributes(id);
            Assert.Equal(attributes["type"], edges[id].GetProperty("relation").GetString());
            Assert.Equal(attributes["directed"], edges[id].GetProperty("directed").GetBoolean());
            ReaderAssert.Attributes(attributes, edges[id].GetProperty("metadata"), id, mismatches);
        }

        ReaderAssert.NoMismatches(mismatches);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Graph_metadata_states_the_selection_the_time_the_counts_and_the_articles(string scenario)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(fixture.ExportFile(scenario)));
        MetadataAssert.Describes(fixture.Scenario(scenario), fixture.Expected(scenario), document.RootElement.GetProperty("graph").GetProperty("metadata"),
            "knowledgegraph-jgf/2");
    }
}
