using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>
/// The exports every format is checked on: the seed graph and the generated graph, whole and in part, as reports
/// and as relations, read from SQLite stores built once per test run.
/// </summary>
internal static class ExportScenarios
{
    public static readonly DateTimeOffset ExportedAt = new(2024, 2, 14, 9, 30, 0, TimeSpan.Zero);

    private static readonly Lazy<Task<SqliteGraphStore>> Seed = new(() => LoadSeedAsync());
    private static readonly Lazy<Task<SqliteGraphStore>> Generated = new(() => ExportStores.CreateAsync(GeneratedGraph.Create()));

    /// <value>The scenario names, in the order of <see cref="AllAsync"/>.</value>
    public static IReadOnlyList<string> NameList { get; } =
    [
        "seed-graph-reports", "seed-graph-relations", "seed-neighbourhood", "seed-articles-relations",
        "generated-graph-reports", "generated-graph-relations", "generated-neighbourhood-window",
    ];

    /// <value>The scenario names, for theories that run once per scenario.</value>
    public static TheoryData<string> Names => [.. NameList];

    public static Task<SqliteGraphStore> SeedStoreAsync() => Seed.Value;

    public static Task<SqliteGraphStore> GeneratedStoreAsync() => Generated.Value;

    public static async Task<IReadOnlyList<ExportScenario>> AllAsync()
    {
        var seed = await SeedStoreAsync();
        var generated = await GeneratedStoreAsync();
        return
        [
            new("seed-graph-reports", seed, ExportSelection.WholeGraph()),
            new("seed-graph-relations", seed, ExportSelection.WholeGraph(EdgeMode.Relations)),
            new("seed-neighbourhood", seed, ExportSelection.Neighbourhood(["kataib-hezbollah"], depth: 2)),
            new("seed-articles-relations", seed, ExportSelection.OfArticles(
                ["asharq-al-awsat-factions-attacks-2024", "the-cradle-baghdad-us-pressure-factions-2023"], edges: EdgeMode.Relations)),
            new("generated-graph-reports", generated, ExportSelection.WholeGraph()),
            new("generated-graph-relations", generated, ExportSelection.WholeGraph(EdgeMode.Relations)),
            new("generated-neighbourhood-window", generated, ExportSelection.Neighbourhood(["actor-0001"], depth: 2,
                types: [TieType.Attacked, TieType.MetWith, TieType.AffiliatedWith],
                window: DateWindow.Between(PartialDate.OfMonth(2021, 1), PartialDate.OfYear(2022)), maxNodes: 15, edges: EdgeMode.Relations)),
        ];
    }

    /// <summary>Writes every scenario in one format into a fresh folder, one file each, named after the scenario.</summary>
    public static async Task<IReadOnlyDictionary<ExportScenario, string>> WriteAllAsync(GraphExporter exporter, string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new Dictionary<ExportScenario, string>();
        foreach (var scenario in await AllAsync())
        {
            var path = Path.Combine(folder, scenario.Name + exporter.FileExtension);
            await using (var file = File.Create(path))
            {
                await exporter.WriteAsync(scenario.Store, scenario.Selection, file, ExportedAt);
            }

            files[scenario] = path;
        }

        return files;
    }

    private static async Task<SqliteGraphStore> LoadSeedAsync()
    {
        var batch = await GraphDocumentReader.ReadFileAsync(TestPaths.InRepository("graph-schema/seed/seed.json"));
        return await ExportStores.CreateAsync(batch);
    }
}
