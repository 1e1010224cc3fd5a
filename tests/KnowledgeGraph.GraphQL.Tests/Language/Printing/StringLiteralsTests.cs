using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language.Printing;

public sealed class StringLiteralsTests
{
    [Theory]
    [InlineData("hello world", "\"hello world\"")]
    [InlineData("", "\"\"")]
    [InlineData("quote \" and backslash \\", "\"quote \\\" and backslash \\\\\"")]
    [InlineData("\b\t\n\f\r", "\"\\b\\t\\n\\f\\r\"")]
    [InlineData("\u0000\u0001\u001F", "\"\\u0000\\u0001\\u001F\"")]
    [InlineData("\u007F\u0080\u009F\u00A0", "\"\\u007F\\u0080\\u009F\u00A0\"")]
    [InlineData("slash / é 😀 \u2028", "\"slash / é 😀 \u2028\"")]
    public void Escapes_controls_quotes_and_backslashes_only(string value, string expected)
    {
        Assert.Equal(expected, StringLiterals.Print(value));
    }
}
