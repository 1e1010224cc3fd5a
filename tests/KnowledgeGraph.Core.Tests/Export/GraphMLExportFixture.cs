using System.Text.Json;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>Every scenario as GraphML, read back by networkx and python-igraph in one run.</summary>
public sealed class GraphMLExportFixture : ExportReaderFixture
{
    internal override GraphExporter Exporter => GraphExporters.GraphML;

    internal override Task RequireReadersAsync() => ExternalReaders.RequirePythonModulesAsync("networkx", "igraph");

    internal override Task<JsonElement> ReadAsync(IReadOnlyList<string> files) =>
        ExternalReaders.RunScriptAsync(ExternalReaders.Python, "graphml_reader.py", files);
}
