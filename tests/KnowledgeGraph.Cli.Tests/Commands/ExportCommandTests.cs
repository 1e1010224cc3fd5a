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

    private static JsonNode WithoutExportTime(string file)
    {
        var node = JsonNode.Parse(File.ReadAllText(file))!;
        node["meta"]!.AsObject().Remove("exportedAt");
        return node;
    }

    [Fact]
    public async Task Exporting_from_a_database_that_does_not_exist_is_refused_and_creates_nothing()
    {
        using var folder = new TempFolder();
        var database = folder.File("typo.db");

        var result = await KgProcess.RunAsync("export", "--format", "json", "--database", database);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(database, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
    }

    [Theory]
    [InlineData("--actors", "no-such-actor")]
    [InlineData("--articles", "no-such-article")]
    public async Task A_selection_naming_what_the_graph_does_not_hold_is_named_without_a_stack_trace_or_a_file(string option, string id)
    {
        using var folder = new TempFolder();
        await KgProcess.RunAsync("import", SeedDocument.Path, "--database", folder.File("a.db"));

        var result = await KgProcess.RunAsync("export", "--format", "json", option, id, "--out", folder.File("out.json"), "--database", folder.File("a.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option}: no", result.Error, StringComparison.Ordinal);
        Assert.Contains(id, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "out.json*"));
    }
}
