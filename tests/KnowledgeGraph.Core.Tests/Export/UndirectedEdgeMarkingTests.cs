using System.Xml.Linq;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>
/// Why MET_WITH is marked by a <c>directed</c> attribute rather than by the formats' own per-edge direction: the seed
/// neighbourhood is exported, its MET_WITH edges are rewritten into GraphML's <c>directed="false"</c> and GEXF's
/// <c>type="undirected"</c>, and the reference readers are asked about the result. Both forms are valid, igraph
/// reads the GraphML one, but networkx (the reader the issue names for both formats) refuses either in a directed
/// graph. Should a networkx release start accepting them, these tests fail and the exporters can switch.
/// </summary>
public sealed class UndirectedEdgeMarkingTests : IDisposable
{
    private const string MetWith = "MET_WITH";
    private static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";
    private readonly string _folder = TestPaths.NewScratchFolder("direction");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task GraphML_edge_level_undirected_edges_load_in_igraph_but_networkx_refuses_them_in_a_directed_graph()
    {
        await ExternalReaders.RequirePythonModulesAsync("networkx", "igraph");
        var file = await ExportWithUndirectedMeetingsAsync(GraphExporters.GraphML, document =>
        {
            var meetings = document.Descendants(GraphML + "edge")
                .Where(e => e.Elements(GraphML + "data").Any(d => (string?)d.Attribute("key") == "e.type" && d.Value == MetWith)).ToList();
            meetings.ForEach(e => e.SetAttributeValue("directed", "false"));
            return meetings.Count;
        });

        var report = (await ExternalReaders.RunScriptAsync(ExternalReaders.Python, "graphml_reader.py", [file])).GetProperty(file);

        Assert.Contains("directed=false edge found in directed graph", report.GetProperty("error").GetString(), StringComparison.Ordinal);
        var igraph = await ExternalReaders.RunAsync(ExternalReaders.Python,
            ["-c", "import sys, igraph; g = igraph.Graph.Read_GraphML(sys.argv[1]); print(g.is_directed(), g.ecount())", file]);
        Assert.True(igraph.ExitCode == 0, igraph.Error);
        Assert.StartsWith("True ", igraph.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GEXF_undirected_edges_in_a_directed_graph_are_valid_GEXF_1_3_but_networkx_refuses_them()
    {
        ExternalReaders.RequireCommand("xmllint", "libxml2-utils");
        ExternalReaders.RequireCommand("jing", "jing");
        await ExternalReaders.RequirePythonModulesAsync("networkx");
        var file = await ExportWithUndirectedMeetingsAsync(GraphExporters.Gexf, document =>
        {
            var meetings = document.Descendants(Gexf + "edge").Where(e => (string?)e.Attribute("kind") == MetWith).ToList();
            meetings.ForEach(e => e.SetAttributeValue("type", "undirected"));
            return meetings.Count;
        });

        var schemas = Path.Combine(TestPaths.Readers, "gexf-1.3");
        var xsd = await ExternalReaders.RunAsync("xmllint", ["--noout", "--schema", Path.Combine(schemas, "gexf.xsd"), file]);
        var rng = await ExternalReaders.RunAsync("jing", [Path.Combine(schemas, "gexf.rng"), file]);
        var report = (await ExternalReaders.RunScriptAsync(ExternalReaders.Python, "gexf_reader.py", [file])).GetProperty(file);

        Assert.True(xsd.ExitCode == 0, xsd.Error);
        Assert.True(rng.ExitCode == 0 && !rng.Output.Contains("error:", StringComparison.Ordinal), rng.Output);
        Assert.Contains("Undirected edge found in directed graph", report.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    // Exports the seed neighbourhood of Kataib Hezbollah, which holds several meetings, and rewrites it in place.
    private async Task<string> ExportWithUndirectedMeetingsAsync(GraphExporter exporter, Func<XDocument, int> markMeetings)
    {
        var path = Path.Combine(_folder, "meetings" + exporter.FileExtension);
        var store = await ExportScenarios.SeedStoreAsync();
        await using (var file = File.Create(path))
        {
            await exporter.WriteAsync(store, ExportSelection.Neighbourhood(["kataib-hezbollah"]), file, ExportScenarios.ExportedAt);
        }

        var document = XDocument.Load(path);
        Assert.True(markMeetings(document) > 0, "the neighbourhood should hold MET_WITH edges");
        document.Save(path);
        return path;
    }
}
