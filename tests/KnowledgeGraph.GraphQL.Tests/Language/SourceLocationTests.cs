using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public sealed class SourceLocationTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 3, 1, 4)]
    [InlineData("a\nbc", 2, 2, 1)]
    [InlineData("a\r\nbc", 3, 2, 1)]
    [InlineData("a\rbc", 3, 2, 2)]
    [InlineData("a\n\r\n\rb", 5, 4, 1)]
    [InlineData("\ttab", 1, 1, 2)]
    public void Counts_lines_after_each_kind_of_line_break(string body, int offset, int line, int column)
    {
        Assert.Equal(new SourceLocation(line, column), SourceLocation.FromOffset(new Source(body), offset));
    }

    [Fact]
    public void Counts_columns_in_utf16_code_units_as_graphql_js_does()
    {
        Assert.Equal(new SourceLocation(1, 4), SourceLocation.FromOffset("😀x", 3));
    }

    [Fact]
    public void Names_sources_graphql_request_by_default()
    {
        Assert.Equal("GraphQL request", new Source("{ a }").Name);
    }
}
