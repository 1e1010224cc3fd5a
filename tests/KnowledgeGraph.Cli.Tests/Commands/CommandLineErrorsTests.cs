using KnowledgeGraph.Cli.Tests.TestUtilities;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>
/// Bad usage, missing or unreadable files and a store that cannot be opened exit with status 2 and one clear line,
/// never a stack trace, so a script can tell them from a rejected document (status 1).
/// </summary>
public sealed class CommandLineErrorsTests
{
    [Fact]
    public async Task A_missing_document_exits_with_the_usage_status()
    {
        using var folder = new TempFolder();

        var result = await KgProcess.RunAsync("validate", folder.File("nope.json"), "--database", folder.File("graph.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.json", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_exits_with_the_usage_status()
    {
        var result = await KgProcess.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_given_as_the_document_is_named_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        var documents = Directory.CreateDirectory(folder.File("documents")).FullName;

        var result = await KgProcess.RunAsync("import", documents, "--database", folder.File("graph.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(documents, result.Error, StringComparison.Ordinal);
        Assert.Contains("folder", result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result);
        Assert.False(File.Exists(folder.File("graph.db")));
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_is_named_without_a_stack_trace()
    {
        using var folder = new TempFolder();

        var result = await KgProcess.RunAsync("validate", SeedDocument.Path, "--database", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(folder.Path, result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task An_export_into_a_missing_folder_is_named_and_leaves_no_file()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "missing", "graph.json");
        await KgProcess.RunAsync("import", SeedDocument.Path, "--database", folder.File("graph.db"));

        var result = await KgProcess.RunAsync("export", "--format", "json", "--out", target, "--database", folder.File("graph.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(target, result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task An_export_onto_a_folder_is_named_and_leaves_no_partial_file_beside_it()
    {
        using var folder = new TempFolder();
        var target = Directory.CreateDirectory(folder.File("graph.json")).FullName;
        await KgProcess.RunAsync("import", SeedDocument.Path, "--database", folder.File("graph.db"));

        var result = await KgProcess.RunAsync("export", "--format", "json", "--out", target, "--database", folder.File("graph.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(target, result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result);
        Assert.False(File.Exists(target + ".partial"));
    }

    [Theory]
    [InlineData("KnowledgeGraph__Storage__Sqlite__Pth", "graph.db", "Pth")]
    [InlineData("KnowledgeGraph__Storage__Provider", "Postgres", "Provider")]
    [InlineData("KnowledgeGraph__Storage__Sqlite__Path", " ", "Sqlite:Path")]
    public async Task Bad_storage_settings_are_named_without_a_stack_trace(string variable, string value, string named)
    {
        using var folder = new TempFolder();

        var validate = await KgProcess.RunAsync(new Dictionary<string, string> { [variable] = value }, "validate", SeedDocument.Path);
        var export = await KgProcess.RunAsync(new Dictionary<string, string> { [variable] = value }, "export", "--format", "json");

        foreach (var result in new[] { validate, export })
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(named, result.Error, StringComparison.Ordinal);
            AssertNoStackTrace(result);
        }
    }

    private static void AssertNoStackTrace(KgResult result)
    {
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
