using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Parses GraphQL text into an AST: a recursive-descent parser with one token of lookahead (two where
/// a description precedes a definition), following graphql-js 16 production by production so that
/// every syntax error carries the same message and location.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer lexer;
    private readonly Source source;
    private readonly bool noLocation;
    private readonly int? maxTokens;
    private readonly bool allowLegacyFragmentVariables;
    private readonly int maxNestingDepth;
    private int tokenCount;
    private int nestingDepth;

    private Parser(Source source, ParseOptions? options)
    {
        this.source = source;
        noLocation = options?.NoLocation ?? false;
        maxTokens = options?.MaxTokens;
        allowLegacyFragmentVariables = options?.AllowLegacyFragmentVariables ?? false;
        maxNestingDepth = options?.MaxNestingDepth ?? ParseOptions.DefaultMaxNestingDepth;
        lexer = new Lexer(source, options?.MaxComments);
        if (options?.MaxSourceLength is { } maxLength && source.Body.Length > maxLength)
        {
            throw lexer.SyntaxError(maxLength, $"Source contains more than {maxLength} UTF-16 code units. Parsing aborted.");
        }
    }

    /// <summary>Parses a document.</summary>
    /// <exception cref="GraphQLError">The text is not a valid document; the message is graphql-js's.</exception>
    public static DocumentNode Parse(string source, ParseOptions? options = null) => Parse(new Source(source), options);

    /// <inheritdoc cref="Parse(string, ParseOptions?)"/>
    public static DocumentNode Parse(Source source, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Parser(source, options).ParseDocument();
    }

    /// <summary>Parses a single value literal, which may contain variables (e.g. <c>[1, $two]</c>).</summary>
    /// <exception cref="GraphQLError">The text is not exactly one value.</exception>
    public static IValueNode ParseValue(string source, ParseOptions? options = null) =>
        ParseWhole(new Source(source), options, static p => p.ParseValueLiteral(isConst: false));

    /// <summary>Parses a single constant value literal: variables are a syntax error.</summary>
    /// <exception cref="GraphQLError">The text is not exactly one constant value.</exception>
    public static IValueNode ParseConstValue(string source, ParseOptions? options = null) =>
        ParseWhole(new Source(source), options, static p => p.ParseValueLiteral(isConst: true));

    /// <summary>Parses a single type reference (e.g. <c>[String!]!</c>).</summary>
    /// <exception cref="GraphQLError">The text is not exactly one type reference.</exception>
    public static ITypeNode ParseType(string source, ParseOptions? options = null) =>
        ParseWhole(new Source(source), options, static p => p.ParseTypeReference());

    private static T ParseWhole<T>(Source source, ParseOptions? options, Func<Parser, T> parse)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var result = parse(parser);
        parser.ExpectToken(TokenKind.EndOfFile);
        return result;
    }
}
