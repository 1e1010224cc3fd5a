using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language.Parsing;

/// <summary>
/// Each parser error path with the exact graphql-js 16 message and location. The differential tests
/// check many more documents against graphql-js itself; these pin the wording where a reader can see it.
/// </summary>
public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3)]
    [InlineData("{ a(b 1) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 7)]
    [InlineData("{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("{ a(b: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("notakeyword { a }", "Syntax Error: Unexpected Name \"notakeyword\".", 1, 1)]
    [InlineData("queryy Q { a }", "Syntax Error: Unexpected Name \"queryy\".", 1, 1)]
    [InlineData("query ($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 18)]
    [InlineData("query ($a: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 18)]
    [InlineData("query Q($a: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment \"on\" on T { a }", "Syntax Error: Unexpected String \"on\".", 1, 10)]
    [InlineData("fragment F { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("fragment F($a: Int) on T { a }", "Syntax Error: Expected \"on\", found \"(\".", 1, 11)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\n  \"desc\" 12", "Syntax Error: Unexpected Int \"12\".", 2, 10)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend directive @d on FIELD", "Syntax Error: Unexpected Name \"directive\".", 1, 8)]
    [InlineData("extend type A", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S { }", "Syntax Error: Unexpected \"{\".", 1, 17)]
    [InlineData("extend union U\n", "Syntax Error: Unexpected <EOF>.", 2, 1)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { \"d\" \"null\" }", "Syntax Error: String \"null\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("directive @d on UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("directive @d(a: Int) FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 22)]
    [InlineData("schema { unknown: Q }", "Syntax Error: Unexpected Name \"unknown\".", 1, 10)]
    [InlineData("type A { f(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 12)]
    [InlineData("type A implements { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19)]
    [InlineData("union U =", "Syntax Error: Expected Name, found <EOF>.", 1, 10)]
    [InlineData("{\r\n  a(\r\n    b: ?\r\n  )\r\n}", "Syntax Error: Unexpected character: \"?\".", 3, 8)]
    public void Reports_grammar_errors_worded_and_located_as_graphql_js(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
    }

    [Fact]
    public void Reports_a_trailing_token_after_a_lone_value_or_type()
    {
        var value = Assert.Throws<GraphQLError>(() => Parser.ParseValue("1 2"));
        var constant = Assert.Throws<GraphQLError>(() => Parser.ParseConstValue("[$a]"));
        var type = Assert.Throws<GraphQLError>(() => Parser.ParseType("String!!"));

        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", value.Message);
        Assert.Equal("Syntax Error: Unexpected variable \"$a\" in constant value.", constant.Message);
        Assert.Equal("Syntax Error: Expected <EOF>, found \"!\".", type.Message);
        Assert.Equal([new SourceLocation(1, 8)], type.Locations);
    }

    [Theory]
    [InlineData("{ a b c }", 5, null)]
    [InlineData("{ a b c }", 4, 9)]
    [InlineData("{ a }", 0, 1)]
    public void Aborts_at_the_token_past_the_limit(string source, int maxTokens, int? failingColumn)
    {
        var options = new ParseOptions { MaxTokens = maxTokens };

        var error = Record.Exception(() => Parser.Parse(source, options));

        if (failingColumn is { } column)
        {
            var syntaxError = Assert.IsType<GraphQLError>(error);
            Assert.Equal($"Syntax Error: Document contains more that {maxTokens} tokens. Parsing aborted.", syntaxError.Message);
            Assert.Equal([new SourceLocation(1, column)], syntaxError.Locations);
        }
        else
        {
            Assert.Null(error);
        }
    }

    [Fact]
    public void Refuses_sources_longer_than_the_limit_before_lexing()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{\n  a ?\n}", new ParseOptions { MaxSourceLength = 5 }));

        Assert.Equal("Syntax Error: Source contains more than 5 UTF-16 code units. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(2, 4)], error.Locations);
    }

    [Theory]
    [InlineData("{ a(v: ", "[", "]", ") }", 7 + 499 + 1)]
    [InlineData("{ a(v: ", "{b: ", "}", ") }", 7 + (499 * 4) + 1)]
    [InlineData("", "{ a ", "}", "", 2000 + 1)]
    [InlineData("{ ", "... on Q { ", "}", "}", 2 + (499 * 11) + 9 + 1)]
    [InlineData("query ($v: ", "[", "]", "Int) { a }", 11 + 500 + 1)]
    public void Refuses_100_000_levels_of_nesting_at_the_opening_of_the_first_level_too_deep(string before, string open, string close, string after, int column)
    {
        const int depth = 100_000;
        var source = before + string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth)) + after;

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(source));

        Assert.Equal("Syntax Error: Document is nested more than 500 levels deep. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(1, column)], error.Locations);
    }

    [Fact]
    public void Accepts_nesting_up_to_the_configured_depth()
    {
        var options = new ParseOptions { MaxNestingDepth = 3 };

        Parser.Parse("{ a(v: [[1]]) }", options);
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a(v: [[[1]]]) }", options));

        Assert.Equal("Syntax Error: Document is nested more than 3 levels deep. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(1, 10)], error.Locations);
    }

    [Fact]
    public void Turns_nesting_too_deep_for_the_stack_into_a_syntax_error()
    {
        const int depth = 200_000;
        var source = "{ a(v: " + new string('[', depth) + new string(']', depth) + ") }";
        Exception? error = null;

        // A small stack runs out long before an unlimited nesting depth does.
        var worker = new Thread(() => error = Record.Exception(() => Parser.Parse(source, new ParseOptions { MaxNestingDepth = int.MaxValue })), 256 * 1024);
        worker.Start();
        worker.Join();

        var syntaxError = Assert.IsType<GraphQLError>(error);
        Assert.Equal("Syntax Error: Document is nested too deeply. Parsing aborted.", syntaxError.Message);
        Assert.Equal(1, syntaxError.Locations?.Single().Line);
    }

    [Fact]
    public void Names_the_source_the_error_is_in()
    {
        var source = new Source("{ a ?", "actors.graphql");

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(source));

        Assert.Same(source, error.DocumentSource);
        Assert.Equal([4], error.Positions);
        Assert.Null(error.Nodes);
    }
}
