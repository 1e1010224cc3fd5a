using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language.Lexing;

public sealed class LexerTests
{
    [Fact]
    public void Reads_every_punctuator_with_its_span()
    {
        var tokens = Tokens("! $ & ( ) ... : = @ [ ] { | }");

        Assert.Equal(
        [
            TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
            TokenKind.Colon, TokenKind.EqualsSign, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
            TokenKind.Pipe, TokenKind.BraceR,
        ], tokens.Select(t => t.Kind));
        Assert.Equal((10, 13), (tokens[5].Start, tokens[5].End));
    }

    [Fact]
    public void Skips_whitespace_commas_line_terminators_byte_order_marks_and_comments()
    {
        var lexer = Lex("\uFEFF \t,\r\n# a comment ending at a carriage return\r\n  name # trailing\n");

        var token = lexer.Advance();

        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal("name", lexer.Text(token));
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }

    [Fact]
    public void Stays_on_end_of_file_once_reached()
    {
        var lexer = Lex("a");
        lexer.Advance();

        var end = lexer.Advance();
        var again = lexer.Advance();

        Assert.Equal(TokenKind.EndOfFile, again.Kind);
        Assert.Equal((1, 1), (end.Start, again.Start));
        Assert.Equal(TokenKind.EndOfFile, lexer.Last.Kind);
    }

    [Fact]
    public void Looks_ahead_without_moving_and_hands_the_same_token_to_advance()
    {
        var lexer = Lex("first second");
        lexer.Advance();

        var peeked = lexer.Lookahead();

        Assert.Equal("first", lexer.Text(lexer.Current));
        Assert.Equal("second", lexer.Text(peeked));
        Assert.Equal(peeked.Start, lexer.Advance().Start);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("9007199254740993", false)]
    [InlineData("-1.5", true)]
    [InlineData("1e10", true)]
    [InlineData("6.02E+23", true)]
    [InlineData("0.5e-3", true)]
    public void Reads_numbers_keeping_their_source_text(string source, bool isFloat)
    {
        var kind = isFloat ? TokenKind.Float : TokenKind.Int;
        var lexer = Lex(source);

        var token = lexer.Advance();

        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, lexer.Text(token));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"variable \\u{1F600} \\u{0} \\u{00000041}\"", "variable 😀 \0 A")]
    [InlineData("\"surrogate pair \\uD83D\\uDE00\"", "surrogate pair 😀")]
    [InlineData("\"raw 😀 é\"", "raw 😀 é")]
    public void Decodes_string_escapes(string source, string value)
    {
        var token = Lex(source).Advance();

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"\n\n    spans\n      multiple\n    lines\n\n\"\"\"", "spans\n  multiple\nlines")]
    public void Reads_block_strings_raw_and_dedented(string source, string value)
    {
        var token = Lex(source).Advance();

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("\n\n  \u00A0", "Syntax Error: Unexpected character: U+00A0.", 3, 3)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("😀", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    [InlineData("'x'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("\"unterminated", "Syntax Error: Unterminated string.", 1, 14)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 6)]
    [InlineData("\"bad \\u{}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\uD800\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 6)]
    [InlineData("\"bad \\uDBFF\\u0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDBFF\".", 1, 6)]
    [InlineData("\"bad \\u12\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\"\".", 1, 6)]
    [InlineData("\"\"\"no end", "Syntax Error: Unterminated string.", 1, 10)]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1, 1)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("1_000", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("-\u00E9", "Syntax Error: Invalid number, expected digit but got: U+00E9.", 1, 2)]
    public void Reports_lexical_errors_worded_and_located_as_graphql_js(string source, string message, int line, int column)
    {
        var lexer = Lex(source);

        var error = Assert.Throws<GraphQLError>(() => lexer.Advance());

        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
    }

    [Fact]
    public void Reports_lone_surrogates_as_invalid_characters()
    {
        // Theory data cannot carry lone surrogates (they are serialized), hence a fact.
        var outside = Assert.Throws<GraphQLError>(() => Tokens("a \uD800"));
        var inString = Assert.Throws<GraphQLError>(() => Lex("\"x\uDC00\"").Advance());

        Assert.Equal("Syntax Error: Invalid character: U+D800.", outside.Message);
        Assert.Equal([new SourceLocation(1, 3)], outside.Locations);
        Assert.Equal("Syntax Error: Invalid character within String: U+DC00.", inString.Message);
        Assert.Equal([new SourceLocation(1, 3)], inString.Locations);
    }

    [Fact]
    public void Counts_comments_against_the_comment_limit()
    {
        var lexer = new Lexer(new Source("# one\n# two\n# three\na"), maxComments: 2);

        var error = Assert.Throws<GraphQLError>(() => lexer.Advance());

        Assert.Equal("Syntax Error: Document contains more than 2 comments. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(3, 1)], error.Locations);
    }

    [Fact]
    public void Describes_tokens_by_kind_and_value()
    {
        var lexer = Lex("name 12 \"text\" \"\"\"block\"\"\" {");
        var names = new List<string>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            names.Add(lexer.Describe(token));
        }

        Assert.Equal(["Name \"name\"", "Int \"12\"", "String \"text\"", "BlockString \"block\"", "\"{\""], names);
        Assert.Equal("<EOF>", lexer.Describe(lexer.Current));
    }

    private static Lexer Lex(string source) => new(new Source(source), maxComments: null);

    private static List<Token> Tokens(string source)
    {
        var lexer = Lex(source);
        var tokens = new List<Token>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            tokens.Add(token);
        }

        return tokens;
    }
}
