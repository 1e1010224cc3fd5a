using System.Text.Json;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>Every scenario as Cytoscape.js JSON, read back by networkx's <c>cytoscape_graph</c> (Debian's python3).</summary>
public sealed class CytoscapeNetworkxExportFixture : ExportReaderFixture
{
    internal override GraphExporter Exporter => GraphExporters.Cytoscape;

    internal override Task RequireReadersAsync() => ExternalReaders.RequirePythonModulesAsync("networkx");

    internal override Task<JsonElement> ReadAsync(IReadOnlyList<string> files) =>
        ExternalReaders.RunScriptAsync(ExternalReaders.Python, "cytoscape_networkx_reader.py", files);
}
