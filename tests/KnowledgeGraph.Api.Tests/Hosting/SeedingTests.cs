using KnowledgeGraph.Api.Tests.TestUtilities;
using KnowledgeGraph.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class SeedingTests
{
    [Fact]
    public async Task An_empty_store_is_loaded_with_the_seed_graph_at_first_start()
    {
        using var server = new ApiServer();

        var counts = await server.Services.GetRequiredService<IGraphStore>().GetCountsAsync();

        Assert.Equal(5, counts.Articles);
        Assert.InRange(counts.ActorsByKind.Values.Sum(), 70, 120);
        Assert.InRange(counts.TiesByType.Values.Sum(), 120, 180);
    }

    [Fact]
    public async Task A_store_that_holds_a_graph_is_not_seeded_again()
    {
        var database = Path.Combine(Path.GetTempPath(), $"kg-reseed-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?> { ["KnowledgeGraph:Storage:Sqlite:Path"] = database };
        try
        {
            using (var first = new ApiServer(settings))
            {
                await first.Services.GetRequiredService<IGraphStore>().RetractTieAsync("a000-001", "checking re-seeding", "test");
            }

            using var second = new ApiServer(settings);
            var ties = await second.Services.GetRequiredService<IGraphStore>().GetTiesByIdAsync(["a000-001"]);

            Assert.True(ties["a000-001"].IsRetracted);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(database) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void A_bad_provider_stops_the_service_naming_the_key()
    {
        var error = ApiServer.StartupError(new Dictionary<string, string?> { ["KnowledgeGraph:Storage:Provider"] = "Oracle" });

        Assert.Contains("KnowledgeGraph:Storage:Provider", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "actors": [{ "id": "kh", "kind": "MILITIA", "name": "KH" }] }""", "$.actors[0].kind")]
    [InlineData("""{ "ties": [{ "type": "ATTACKED", "source": "kh", "target": "us", "article": "none", "evidence": "x" }] }""", "$.ties[0].source")]
    public void A_seed_that_cannot_be_imported_stops_the_service_naming_the_setting_before_a_database_is_created(string seed, string problem)
    {
        var folder = Directory.CreateTempSubdirectory("kg-bad-seed-").FullName;
        try
        {
            var seedPath = Path.Combine(folder, "seed.json");
            File.WriteAllText(seedPath, seed);
            var database = Path.Combine(folder, "graph.db");

            var error = ApiServer.StartupError(new Dictionary<string, string?>
            {
                ["KnowledgeGraph:Seed:Path"] = seedPath,
                ["KnowledgeGraph:Storage:Sqlite:Path"] = database,
            });

            Assert.Contains("KnowledgeGraph:Seed:Path", error.ToString(), StringComparison.Ordinal);
            Assert.Contains(seedPath, error.ToString(), StringComparison.Ordinal);
            Assert.Contains(problem, error.ToString(), StringComparison.Ordinal);
            Assert.False(File.Exists(database), "a database was created for a seed that could not be loaded");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
