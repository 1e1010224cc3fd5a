namespace KnowledgeGraph.Core.Tests.Export;

public sealed class CytoscapeExportTests(CytoscapeExportFixture fixture) : IClassFixture<CytoscapeExportFixture>
{
    public static TheoryData<string> Scenarios => ExportScenarios.Names;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Cytoscape_loads_every_node_and_edge_without_complaint(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var report = fixture.Report(scenario);
        Assert.Empty(report.GetProperty("problems").EnumerateArray());
        Assert.Equal(expected.Actors.Count, report.GetProperty("nodeCount").GetInt32());
        Assert.Equal(expected.EdgeCount, report.GetProperty("edgeCount").GetInt32());
        ReaderAssert.SameIds(expected.Actors.Keys, report.GetProperty("nodes"), "nodes");
        ReaderAssert.SameIds(expected.EdgeIds.Select(id => expected.IsRelations ? id : "tie:" + id), report.GetProperty("edges"), "edges");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Node_data_holds_the_label_kind_aliases_description_and_wikidata(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var nodes = fixture.Report(scenario).GetProperty("nodes");
        var mismatches = new List<string>();
        foreach (var (id, actor) in expected.Actors)
        {
            var attributes = new Dictionary<string, object?>(expected.NodeAttributes(id)) { ["label"] = actor.Name, ["name"] = actor.Name };
            ReaderAssert.Attributes(attributes, nodes.GetProperty(id), id, mismatches);
        }

        ReaderAssert.NoMismatches(mismatches);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Edge_data_holds_the_ends_type_and_every_report_or_relation_field(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var edges = fixture.Report(scenario).GetProperty("edges");
        var mismatches = new List<string>();
        foreach (var id in expected.EdgeIds)
        {
            var (source, target) = expected.IsRelations
                ? (expected.RelationsById[id].Source, expected.RelationsById[id].Target)
                : (expected.TiesById[id].Source, expected.TiesById[id].Target);
            var attributes = new Dictionary<string, object?>(expected.EdgeAttributes(id))
            {
                ["source"] = source,
                ["target"] = target,
                ["sourceFound"] = source,
                ["targetFound"] = target,
                ["label"] = expected.EdgeAttributes(id)["type"],
            };
            ReaderAssert.Attributes(attributes, edges.GetProperty(expected.IsRelations ? id : "tie:" + id), id, mismatches);
        }

        ReaderAssert.NoMismatches(mismatches);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_data_object_states_the_selection_the_time_the_counts_and_the_articles(string scenario) =>
        MetadataAssert.Describes(fixture.Scenario(scenario), fixture.Expected(scenario), fixture.Report(scenario).GetProperty("data"), "knowledgegraph-cytoscape/1");
}
