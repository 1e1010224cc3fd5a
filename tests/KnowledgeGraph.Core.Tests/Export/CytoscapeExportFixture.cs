using System.Text.Json;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>Every scenario as Cytoscape.js JSON, loaded in one node run into the npm cytoscape package, headless.</summary>
public sealed class CytoscapeExportFixture : ExportReaderFixture
{
    internal override GraphExporter Exporter => GraphExporters.Cytoscape;

    internal override Task RequireReadersAsync() => ExternalReaders.EnsureNodeModulesAsync();

    internal override Task<JsonElement> ReadAsync(IReadOnlyList<string> files) => ExternalReaders.RunScriptAsync("node", "cytoscape_reader.js", files);
}
