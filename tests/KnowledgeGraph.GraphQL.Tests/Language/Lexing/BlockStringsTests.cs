using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language.Lexing;

public sealed class BlockStringsTests
{
    [Theory]
    [InlineData(new[] { "", "  Hello,", "    World!", "", "  Yours,", "    GraphQL." }, "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData(new[] { "  first line keeps its indent", "  second" }, "  first line keeps its indent\nsecond")]
    [InlineData(new[] { "", "", "  text", "   ", "" }, "text")]
    [InlineData(new[] { "   ", "\t", "" }, "")]
    [InlineData(new[] { "", "\t\tTabs", "\t\t\tcount too" }, "Tabs\n\tcount too")]
    [InlineData(new[] { "", "    a", "", "  b" }, "  a\n\nb")]
    public void Removes_common_indentation_and_blank_edge_lines(string[] lines, string expected)
    {
        Assert.Equal(expected, BlockStrings.DedentLines(lines));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("single line", "\"\"\"single line\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("first\nsecond", "\"\"\"\nfirst\nsecond\n\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("ends with \\", "\"\"\"\nends with \\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends in \"\"\"", "\"\"\"\nends in \\\"\"\"\n\"\"\"")]
    [InlineData("  first\n  second", "\"\"\"\n  first\n  second\n\"\"\"")]
    public void Prints_values_so_they_read_back_unchanged(string value, string expected)
    {
        Assert.Equal(expected, BlockStrings.Print(value));
    }

    [Fact]
    public void Prints_values_longer_than_seventy_characters_on_their_own_line()
    {
        Assert.Equal("\"\"\"" + new string('a', 70) + "\"\"\"", BlockStrings.Print(new string('a', 70)));
        Assert.Equal("\"\"\"\n" + new string('a', 71) + "\n\"\"\"", BlockStrings.Print(new string('a', 71)));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("plain", true)]
    [InlineData("line\n\nwith blank", true)]
    [InlineData("first\n  indented second", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("trailing blank line\n  ", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("control \u0001", false)]
    [InlineData("  all\n  indented", false)]
    public void Tells_which_values_can_print_as_block_strings(string value, bool printable)
    {
        Assert.Equal(printable, BlockStrings.IsPrintableAsBlockString(value));
    }
}
