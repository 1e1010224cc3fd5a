using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Reads tokens from a source one at a time, on demand, so a lexical error surfaces exactly when
/// graphql-js's lexer would raise it. Line and column are never tracked while lexing: errors compute
/// them from the offset, which keeps the hot loop to one switch per character.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string body;
    private readonly int? maxComments;
    private int commentCount;
    private Token peeked;
    private bool hasPeeked;

    public Lexer(Source source, int? maxComments)
    {
        Source = source;
        body = source.Body;
        this.maxComments = maxComments;
        Current = new Token(TokenKind.StartOfFile, 0, 0);
        Last = Current;
    }

    public Source Source { get; }

    /// <summary>The token at the cursor.</summary>
    public Token Current { get; private set; }

    /// <summary>The token before <see cref="Current"/>: where the node being built ends.</summary>
    public Token Last { get; private set; }

    /// <summary>Moves to the next token; at the end of the source it stays on the end-of-file token.</summary>
    public Token Advance()
    {
        Last = Current;
        if (hasPeeked)
        {
            hasPeeked = false;
            Current = peeked;
        }
        else if (Current.Kind != TokenKind.EndOfFile)
        {
            Current = ReadToken(Current.End);
        }

        return Current;
    }

    /// <summary>The token after <see cref="Current"/>, read once and kept for the next <see cref="Advance"/>.</summary>
    public Token Lookahead()
    {
        if (Current.Kind == TokenKind.EndOfFile)
        {
            return Current;
        }

        if (!hasPeeked)
        {
            peeked = ReadToken(Current.End);
            hasPeeked = true;
        }

        return peeked;
    }

    /// <summary>The source text of a token (a name's identifier, a number's digits).</summary>
    public string Text(Token token) => body.Substring(token.Start, token.End - token.Start);

    /// <summary>Whether a token is the name <paramref name="keyword"/>, compared without allocating.</summary>
    public bool IsKeyword(Token token, string keyword) =>
        token.Kind == TokenKind.Name && body.AsSpan(token.Start, token.End - token.Start).SequenceEqual(keyword);

    /// <summary>
    /// The token's value as graphql-js exposes it: the decoded text of strings, the source text of names
    /// and numbers, nothing for punctuators.
    /// </summary>
    public string? ValueOf(Token token) => token.Kind switch
    {
        TokenKind.String or TokenKind.BlockString => token.Value,
        TokenKind.Name or TokenKind.Int or TokenKind.Float => Text(token),
        _ => null,
    };

    /// <summary>How syntax errors name a token: its kind, then its value in quotes if it has one.</summary>
    public string Describe(Token token)
    {
        var value = ValueOf(token);
        var kind = TokenKindDescriptions.Describe(token.Kind);
        return value is null ? kind : $"{kind} \"{value}\"";
    }

    public GraphQLError SyntaxError(int position, string description) =>
        new("Syntax Error: " + description, nodes: null, Source, [position]);

    /// <summary>The UTF-16 code unit at a position, or -1 past the end (where graphql-js reads NaN).</summary>
    private int CodeAt(int position) => (uint)position < (uint)body.Length ? body[position] : -1;

    /// <summary>
    /// How many code units the SourceCharacter at a position takes: 1 for a scalar value, 2 for a
    /// surrogate pair, 0 for a lone surrogate (which is not a SourceCharacter).
    /// </summary>
    private int SourceCharacterWidth(int position)
    {
        int code = body[position];
        if (CharacterClasses.IsUnicodeScalarValue(code))
        {
            return 1;
        }

        return IsSupplementaryCodePoint(position) ? 2 : 0;
    }

    private bool IsSupplementaryCodePoint(int position) =>
        CharacterClasses.IsLeadingSurrogate(CodeAt(position)) && CharacterClasses.IsTrailingSurrogate(CodeAt(position + 1));
}
