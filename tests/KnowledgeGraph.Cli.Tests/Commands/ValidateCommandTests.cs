using KnowledgeGraph.Cli.Tests.TestUtilities;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary><c>kg validate</c> writes nothing, not even the database file it would check against.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validating_against_a_database_that_does_not_exist_checks_against_an_empty_graph_and_creates_nothing()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "data", "graph.db");

        var result = await KgProcess.RunAsync("validate", SeedDocument.Path, "--database", database);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("is valid", result.Output, StringComparison.Ordinal);
        Assert.Contains("empty graph", result.Output, StringComparison.Ordinal);
        Assert.Contains(database, result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(database)), "validate created the database's folder");
    }
}
