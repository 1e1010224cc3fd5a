using System.Text.Json;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>Every scenario as JSON Graph Format, validated in one node run against the JGF v2 schema with ajv.</summary>
public sealed class JgfExportFixture : ExportReaderFixture
{
    internal override GraphExporter Exporter => GraphExporters.Jgf;

    internal override Task RequireReadersAsync() => ExternalReaders.EnsureNodeModulesAsync();

    internal override Task<JsonElement> ReadAsync(IReadOnlyList<string> files) => ExternalReaders.RunScriptAsync("node", "jgf_validator.js", files);
}
