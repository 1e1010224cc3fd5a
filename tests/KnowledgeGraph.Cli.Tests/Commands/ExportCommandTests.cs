using System.Text.Json.Nodes;
using KnowledgeGraph.Cli.Tests.TestUtilities;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task Export_then_import_into_an_empty_store_gives_an_equal_graph()
    {
        using var folder = new TempFolder();
        await KgProcess.RunAsync("import", SeedDocument.Path, "--database", folder.File("a.db"));

        var first = await KgProcess.RunAsync("export", "--format", "json", "--out", folder.File("a.json"), "--database", folder.File("a.db"));
        var imported = await KgProcess.RunAsync("import", folder.File("a.json"), "--database", folder.File("b.db"));
        var second = await KgProcess.RunAsync("export", "--format", "json", "--out", folder.File("b.json"), "--database", folder.File("b.db"));

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        var a = WithoutExportTime(folder.File("a.json"));
        var b = WithoutExportTime(folder.File("b.json"));
        Assert.True(JsonNode.DeepEquals(a, b), "the re-imported graph exports differently");
        Assert.Equal(5, a["articles"]!.AsArray().Count);
    }

    [Fact]
    public async Task Export_writes_to_standard_output_without_out()
    {
        using var folder = new TempFolder();
        await KgProcess.RunAsync("import", SeedDocument.Path, "--database", folder.File("a.db"));

        var result = await KgProcess.RunAsync("export", "--database", folder.File("a.db"));

        Assert.Equal(0, result.ExitCode);
        var document = JsonNode.Parse(result.Output)!;
        Assert.Equal("knowledgegraph-import/1", document["meta"]!["format"]!.GetValue<string>());
        Assert.NotEmpty(document["ties"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_format_is_refused_naming_the_choices()
    {
        using var folder = new TempFolder();

        var result = await KgProcess.RunAsync("export", "--format", "xls", "--database", folder.File("a.db"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("xls", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_actor_is_refused_by_name_and_leaves_no_file_behind()
    {
        using var folder = new TempFolder();
        await KgProcess.RunAsync("import", SeedDocument.Path, "--database", folder.File("a.db"));

        var result = await KgProcess.RunAsync("export", "--format", "gexf", "--actors", "kataib-hezbollah,no-such-actor", "--out", folder.File("kh.gexf"),
            "--database", folder.File("a.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--actors: no actor has the id \"no-such-actor\"", result.Error.Trim());
        Assert.Empty(Directory.GetFiles(folder.Path, "kh.gexf*"));
    }

    [Fact]
    public async Task A_database_file_that_does_not_exist_is_refused_rather_than_exported_as_an_empty_graph()
    {
        using var folder = new TempFolder();
        var missing = folder.File(Path.Combine("typo", "graph.db"));

        var result = await KgProcess.RunAsync("export", "--format", "json", "--out", folder.File("graph.json"), "--database", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"no database at {missing}", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing), "the export created the database it was asked to read");
        Assert.False(File.Exists(folder.File("graph.json")));
    }

    [Fact]
    public async Task An_out_file_in_a_missing_folder_or_naming_a_folder_is_refused_before_anything_is_written()
    {
        using var folder = new TempFolder();
        await KgProcess.RunAsync("import", SeedDocument.Path, "--database", folder.File("a.db"));
        var missing = folder.File(Path.Combine("no-such-folder", "graph.gexf"));

        var inMissingFolder = await KgProcess.RunAsync("export", "--format", "gexf", "--out", missing, "--database", folder.File("a.db"));
        var onFolder = await KgProcess.RunAsync("export", "--format", "gexf", "--out", folder.Path, "--database", folder.File("a.db"));

        Assert.Equal(2, inMissingFolder.ExitCode);
        Assert.Equal($"--out: the folder {Path.GetDirectoryName(missing)} does not exist", inMissingFolder.Error.Trim());
        Assert.Equal(2, onFolder.ExitCode);
        Assert.Equal($"--out: {folder.Path} is a folder; give the name of the file to write", onFolder.Error.Trim());
        Assert.False(File.Exists(folder.Path + ".partial"));
    }

    [Fact]
    public async Task A_database_file_that_is_not_sqlite_is_refused_by_name_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("notes.db"), "not a database, just some notes");

        var result = await KgProcess.RunAsync("export", "--format", "json", "--out", folder.File("graph.json"), "--database", folder.File("notes.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"cannot open the SQLite database {folder.File("notes.db")}: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("graph.json")));
    }

    private static JsonNode WithoutExportTime(string file)
    {
        var node = JsonNode.Parse(File.ReadAllText(file))!;
        node["meta"]!.AsObject().Remove("exportedAt");
        return node;
    }
}
