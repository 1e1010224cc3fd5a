using KnowledgeGraph.Cli.Tests.TestUtilities;

namespace KnowledgeGraph.Cli.Tests;

public sealed class ProgramTests
{
    [Theory]
    [InlineData("import", "/no/such/document.json")]
    [InlineData("import")]
    [InlineData("export", "--no-such-option")]
    [InlineData("export", "--format")]
    [InlineData]
    public async Task A_command_line_the_parser_refuses_exits_with_the_usage_code_not_the_bad_data_code(params string[] arguments)
    {
        var result = await KgProcess.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error.Trim());
    }
}
