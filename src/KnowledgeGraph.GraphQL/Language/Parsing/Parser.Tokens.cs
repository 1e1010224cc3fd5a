using System.Globalization;
using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Token-level helpers shared by every production: expecting, peeking, list shapes and locations.</summary>
public sealed partial class Parser
{
    /// <summary>The location of a node that began at <paramref name="start"/> and ends at the last token read.</summary>
    private Location? LocationFrom(Token start) =>
        noLocation ? null : new Location(start.Start, lexer.Last.End, source);

    private bool Peek(TokenKind kind) => lexer.Current.Kind == kind;

    /// <summary>Consumes a token of the given kind or fails with <c>Expected X, found Y.</c></summary>
    private Token ExpectToken(TokenKind kind)
    {
        var token = lexer.Current;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }

        throw lexer.SyntaxError(token.Start, $"Expected {TokenKindDescriptions.Describe(kind)}, found {lexer.Describe(token)}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (lexer.Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Consumes the name <paramref name="keyword"/> or fails with <c>Expected "keyword", found Y.</c></summary>
    private void ExpectKeyword(string keyword)
    {
        var token = lexer.Current;
        if (!lexer.IsKeyword(token, keyword))
        {
            throw lexer.SyntaxError(token.Start, $"Expected \"{keyword}\", found {lexer.Describe(token)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!lexer.IsKeyword(lexer.Current, keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>The <c>Unexpected Y.</c> error for a token, by default the current one.</summary>
    private GraphQLError Unexpected(Token? at = null)
    {
        var token = at ?? lexer.Current;
        return lexer.SyntaxError(token.Start, $"Unexpected {lexer.Describe(token)}.");
    }

    /// <summary>Whether the current token's value (a name's text or a string's content) equals <paramref name="text"/>.</summary>
    private bool CurrentValueIs(string text)
    {
        var token = lexer.Current;
        return token.Kind is TokenKind.String or TokenKind.BlockString
            ? token.Value == text
            : token.Kind == TokenKind.Name && lexer.IsKeyword(token, text);
    }

    /// <summary>
    /// Called where the grammar nests (selection sets, list and object values, list types); paired with
    /// <see cref="LeaveNesting"/>. Later stages (validation, execution, printing) recurse along the same
    /// nesting with bigger frames than the parser's, so the parser must refuse depth they could not walk,
    /// not merely depth it could not parse itself. graphql-js has no such limit (JavaScript throws a
    /// RangeError), so the messages are ours.
    /// </summary>
    private void EnterNesting()
    {
        if (++nestingDepth > maxNestingDepth)
        {
            throw lexer.SyntaxError(
                lexer.Current.Start,
                string.Create(CultureInfo.InvariantCulture, $"Document is nested more than {maxNestingDepth} levels deep. Parsing aborted."));
        }

        // A thread with a small stack can run out before the limit.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw lexer.SyntaxError(lexer.Current.Start, "Document is nested too deeply. Parsing aborted.");
        }
    }

    private void LeaveNesting() => nestingDepth--;

    /// <summary>Moves to the next token, enforcing <see cref="ParseOptions.MaxTokens"/>.</summary>
    private void Advance()
    {
        var token = lexer.Advance();
        if (token.Kind == TokenKind.EndOfFile)
        {
            return;
        }

        tokenCount++;
        if (maxTokens is { } limit && tokenCount > limit)
        {
            // graphql-js 16 words this "more that"; kept so messages compare equal.
            throw lexer.SyntaxError(token.Start, $"Document contains more that {limit} tokens. Parsing aborted.");
        }
    }

    /// <summary>open item* close: possibly empty, e.g. list values.</summary>
    private List<T> Any<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var items = new List<T>();
        while (!ExpectOptionalToken(close))
        {
            items.Add(parseItem(this));
        }

        return items;
    }

    /// <summary>(open item+ close)?: absent gives an empty list, present must hold at least one item.</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close) =>
        Peek(open) ? Many(open, parseItem, close) : [];

    /// <summary>open item+ close.</summary>
    private List<T> Many<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var items = new List<T>();
        do
        {
            items.Add(parseItem(this));
        }
        while (!ExpectOptionalToken(close));
        return items;
    }

    /// <summary>delimiter? item (delimiter item)*, e.g. <c>&amp; A &amp; B</c> or <c>| A | B</c>.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<Parser, T> parseItem)
    {
        ExpectOptionalToken(delimiter);
        var items = new List<T>();
        do
        {
            items.Add(parseItem(this));
        }
        while (ExpectOptionalToken(delimiter));
        return items;
    }
}
