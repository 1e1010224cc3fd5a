namespace KnowledgeGraph.Core.Tests.Export;

public sealed class CytoscapeNetworkxTests(CytoscapeNetworkxExportFixture fixture) : IClassFixture<CytoscapeNetworkxExportFixture>
{
    public static TheoryData<string> Scenarios => ExportScenarios.Names;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Networkx_reads_a_directed_multigraph_with_every_node_and_every_parallel_edge(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var report = fixture.Report(scenario);

        Assert.True(report.GetProperty("directed").GetBoolean(), "networkx read an undirected graph");
        Assert.True(report.GetProperty("multigraph").GetBoolean(), "networkx read a simple graph, folding parallel edges");
        ReaderAssert.SameIds(expected.Actors.Keys, report.GetProperty("nodes"), "nodes");
        ReaderAssert.SameIds(expected.EdgeIds.Select(id => expected.IsRelations ? id : "tie:" + id), report.GetProperty("edges"), "edges");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_edge_joins_its_source_and_target_with_its_attributes(string scenario)
    {
        var expected = fixture.Expected(scenario);
        var edges = fixture.Report(scenario).GetProperty("edges");
        var mismatches = new List<string>();
        foreach (var id in expected.EdgeIds)
        {
            var (source, target) = expected.IsRelations
                ? (expected.RelationsById[id].Source, expected.RelationsById[id].Target)
                : (expected.TiesById[id].Source, expected.TiesById[id].Target);
            var attributes = new Dictionary<string, object?>(expected.EdgeAttributes(id)) { ["source"] = source, ["target"] = target };
            var key = expected.IsRelations ? id : "tie:" + id;
            if (edges.TryGetProperty(key, out var edge))
            {
                ReaderAssert.Attributes(attributes, edge, id, mismatches);
            }
            else
            {
                mismatches.Add($"{key}: not read");
            }
        }

        ReaderAssert.NoMismatches(mismatches);
    }
}
