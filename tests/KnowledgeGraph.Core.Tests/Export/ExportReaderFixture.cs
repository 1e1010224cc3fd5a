using System.Text.Json;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>
/// Writes every scenario in one format, hands the whole batch of files to the format's reference reader once, and
/// keeps each file's report and expected content for the tests of the class.
/// </summary>
public abstract class ExportReaderFixture : IAsyncLifetime
{
    private readonly Dictionary<string, ExportScenario> _scenarios = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExpectedExport> _expected = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private JsonElement _reports;

    internal string Folder { get; private set; } = "";

    internal abstract GraphExporter Exporter { get; }

    public async Task InitializeAsync()
    {
        await RequireReadersAsync();
        Folder = TestPaths.NewScratchFolder(Exporter.Format);
        foreach (var (scenario, path) in await ExportScenarios.WriteAllAsync(Exporter, Folder))
        {
            _scenarios[scenario.Name] = scenario;
            _files[scenario.Name] = path;
            _expected[scenario.Name] = await ExpectedExport.ForAsync(scenario);
        }

        _reports = await ReadAsync(_files.Values.ToList());
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    internal ExportScenario Scenario(string name) => _scenarios[name];

    internal ExpectedExport Expected(string name) => _expected[name];

    internal string ExportFile(string name) => _files[name];

    /// <summary>The reader's report on one scenario's file; fails the test with the reader's error if it could not load it.</summary>
    internal JsonElement Report(string name)
    {
        var report = _reports.GetProperty(ReportKey(_files[name]));
        if (report.TryGetProperty("error", out var error))
        {
            Assert.Fail($"the reader could not load {name}: {error.GetString()}");
        }

        return report;
    }

    /// <summary>The key a reader filed a path under in its report.</summary>
    internal virtual string ReportKey(string path) => path;

    internal abstract Task RequireReadersAsync();

    internal abstract Task<JsonElement> ReadAsync(IReadOnlyList<string> files);
}
