using System.Text.Json;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>
/// Every scenario as the CSV ZIP and as separate tables (<see cref="CsvTables"/>), all parsed in one run by Python's
/// csv module.
/// </summary>
public sealed class CsvExportFixture : ExportReaderFixture
{
    private JsonElement _reports;

    internal override GraphExporter Exporter => GraphExporters.Csv;

    /// <summary>The folder holding one scenario's separate tables.</summary>
    internal string TablesFolder(string scenario) => Path.Combine(Folder, scenario + "-tables");

    internal JsonElement TablesReport(string scenario) => _reports.GetProperty("dir:" + TablesFolder(scenario));

    internal override string ReportKey(string path) => "zip:" + path;

    internal override Task RequireReadersAsync() => ExternalReaders.RequirePythonModulesAsync("csv", "zipfile");

    internal override async Task<JsonElement> ReadAsync(IReadOnlyList<string> files)
    {
        foreach (var scenario in await ExportScenarios.AllAsync())
        {
            var folder = Directory.CreateDirectory(TablesFolder(scenario.Name)).FullName;
            await using var nodes = File.Create(Path.Combine(folder, CsvTables.NodesFileName));
            await using var edges = File.Create(Path.Combine(folder, CsvTables.EdgesFileName));
            await using var metadata = File.Create(Path.Combine(folder, CsvTables.MetadataFileName));
            await CsvTables.WriteAsync(scenario.Store, scenario.Selection, nodes, edges, metadata, ExportScenarios.ExportedAt);
        }

        var inputs = files.Select(f => "zip:" + f).Concat(ExportScenarios.NameList.Select(n => "dir:" + TablesFolder(n)));
        _reports = await ExternalReaders.RunScriptAsync(ExternalReaders.Python, "csv_reader.py", inputs);
        return _reports;
    }
}
