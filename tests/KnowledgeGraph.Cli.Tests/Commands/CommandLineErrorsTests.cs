using KnowledgeGraph.Cli.Tests.TestUtilities;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>
/// Storage settings or a database path that open no store exit with status 2 and one clear line naming them, never a
/// stack trace, so a script can tell them from a rejected document (status 1).
/// </summary>
public sealed class CommandLineErrorsTests
{
    [Fact]
    public async Task A_database_that_cannot_be_opened_is_named_without_a_stack_trace()
    {
        using var folder = new TempFolder();

        var result = await KgProcess.RunAsync("validate", SeedDocument.Path, "--database", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(folder.Path, result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result);
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
