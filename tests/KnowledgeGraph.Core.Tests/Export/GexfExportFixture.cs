using System.Text.Json;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>
/// Every scenario as GEXF: validated in one run each against the GEXF 1.3 XML Schema (xmllint) and RELAX NG grammar
/// (jing), and read back by networkx.
/// </summary>
public sealed class GexfExportFixture : ExportReaderFixture
{
    internal override GraphExporter Exporter => GraphExporters.Gexf;

    internal ExternalReaders.ProcessResult XsdValidation { get; private set; } = new(-1, "", "");

    internal ExternalReaders.ProcessResult RngValidation { get; private set; } = new(-1, "", "");

    internal override async Task RequireReadersAsync()
    {
        ExternalReaders.RequireCommand("xmllint", "libxml2-utils");
        ExternalReaders.RequireCommand("jing", "jing");
        await ExternalReaders.RequirePythonModulesAsync("networkx");
    }

    internal override async Task<JsonElement> ReadAsync(IReadOnlyList<string> files)
    {
        var schemas = Path.Combine(TestPaths.Readers, "gexf-1.3");
        XsdValidation = await ExternalReaders.RunAsync("xmllint", ["--noout", "--schema", Path.Combine(schemas, "gexf.xsd"), .. files]);
        RngValidation = await ExternalReaders.RunAsync("jing", [Path.Combine(schemas, "gexf.rng"), .. files]);
        return await ExternalReaders.RunScriptAsync(ExternalReaders.Python, "gexf_reader.py", files);
    }
}
