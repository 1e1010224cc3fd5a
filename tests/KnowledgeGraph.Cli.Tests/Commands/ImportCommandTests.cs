using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Cli.Tests.TestUtilities;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task Importing_the_seed_writes_it_and_reports_what_changed()
    {
        using var folder = new TempFolder();

        var result = await KgProcess.RunAsync("import", SeedDocument.Path, "--database", folder.File("graph.db"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("5 articles added", result.Output, StringComparison.Ordinal);
        var counts = await CountsAsync(folder.File("graph.db"));
        Assert.Equal(5, counts.Articles);
    }

    [Fact]
    public async Task Importing_the_same_document_twice_adds_nothing_the_second_time()
    {
        using var folder = new TempFolder();
        await KgProcess.RunAsync("import", SeedDocument.Path, "--database", folder.File("graph.db"));

        var second = await KgProcess.RunAsync("import", SeedDocument.Path, "--database", folder.File("graph.db"));

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 articles added (5 unchanged)", second.Output, StringComparison.Ordinal);
        Assert.Contains("0 ties added", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_bad_row_writes_nothing_and_every_problem_is_listed_with_its_path()
    {
        using var folder = new TempFolder();
        var document = await BrokenSeedAsync(folder);

        var result = await KgProcess.RunAsync("import", document, "--database", folder.File("graph.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing was written", result.Error, StringComparison.Ordinal);
        Assert.Contains("$.ties[0].evidence", result.Error, StringComparison.Ordinal);
        Assert.Contains("EVIDENCE_NOT_IN_ARTICLE", result.Error, StringComparison.Ordinal);
        Assert.Contains("$.ties[1].source", result.Error, StringComparison.Ordinal);
        Assert.Contains("UNKNOWN_ACTOR", result.Error, StringComparison.Ordinal);
        var counts = await CountsAsync(folder.File("graph.db"));
        Assert.Equal(0, counts.Articles);
        Assert.Equal(0, counts.ActorsByKind.Values.Sum());
    }

    [Fact]
    public async Task A_folder_given_as_the_document_is_refused_by_name()
    {
        using var folder = new TempFolder();

        var result = await KgProcess.RunAsync("import", folder.Path, "--database", folder.File("graph.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{folder.Path} is a folder, not an import document", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_file_that_is_not_sqlite_is_refused_by_name()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("notes.db"), "not a database, just some notes");

        var result = await KgProcess.RunAsync("import", SeedDocument.Path, "--database", folder.File("notes.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"cannot open the SQLite database {folder.File("notes.db")}: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_the_same_problems_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var document = await BrokenSeedAsync(folder);

        var broken = await KgProcess.RunAsync("validate", document, "--database", folder.File("graph.db"));
        var valid = await KgProcess.RunAsync("validate", SeedDocument.Path, "--database", folder.File("graph.db"));

        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("$.ties[0].evidence", broken.Error, StringComparison.Ordinal);
        Assert.Equal(0, valid.ExitCode);
        Assert.Contains("is valid", valid.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await CountsAsync(folder.File("graph.db"))).Articles);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        using var folder = new TempFolder();

        var result = await KgProcess.RunAsync("import", folder.File("nope.json"), "--database", folder.File("graph.db"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("nope.json", result.Error, StringComparison.Ordinal);
    }

    // The seed with a paraphrased quote in its first tie and an unknown actor in its second.
    private static async Task<string> BrokenSeedAsync(TempFolder folder)
    {
        var seed = JsonNode.Parse(await File.ReadAllTextAsync(SeedDocument.Path))!;
        var ties = seed["ties"]!.AsArray();
        ties[0]!["evidence"] = "words the article never used";
        ties[1]!["source"] = "no-such-actor";
        foreach (var article in seed["articles"]!.AsArray())
        {
            article!["textFile"] = Path.Combine(Path.GetDirectoryName(SeedDocument.Path)!, article["textFile"]!.GetValue<string>());
            article["text"] = await File.ReadAllTextAsync(article["textFile"]!.GetValue<string>());
            article.AsObject().Remove("textFile");
        }

        var path = folder.File("broken.json");
        await File.WriteAllTextAsync(path, seed.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        return path;
    }

    private static async Task<KnowledgeGraph.Core.Store.GraphCounts> CountsAsync(string database)
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = database }, TimeProvider.System, CancellationToken.None);
        return await store.GetCountsAsync();
    }
}
