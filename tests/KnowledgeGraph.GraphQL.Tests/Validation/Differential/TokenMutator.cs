using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>
/// Changes documents token by token, from a fixed seed, so that they mostly still parse but no longer
/// mean what they did: names swapped or replaced by others of the document, tokens dropped or
/// repeated, literals exchanged for literals of other kinds.
/// </summary>
public sealed class TokenMutator(int seed)
{
    private static readonly string[] Literals = ["0", "-1", "2147483648", "1.5", "\"s\"", "\"\"\"b\"\"\"", "true", "null", "RED", "[]", "{}", "$a", "$undefined"];

    private readonly Random _random = new(seed);

    /// <summary>Applies one to three token edits.</summary>
    public string Mutate(string source)
    {
        var text = source;
        var edits = _random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            text = MutateOnce(text);
        }

        return text;
    }

    private string MutateOnce(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var names = tokens.Where(token => token.Kind == TokenKind.Name).ToList();
        var token = tokens[_random.Next(tokens.Count)];
        switch (_random.Next(6))
        {
            case 0 when names.Count > 1:
                var first = names[_random.Next(names.Count)];
                var second = names[_random.Next(names.Count)];
                return first.Start < second.Start ? Swap(text, first, second) : Swap(text, second, first);
            case 1 when names.Count > 0:
                var target = names[_random.Next(names.Count)];
                return Replace(text, target, Text(text, names[_random.Next(names.Count)]));
            case 2:
                return Replace(text, token, string.Empty);
            case 3:
                return text.Insert(token.End, " " + Text(text, token));
            case 4 when token.Kind is TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString or TokenKind.Name:
                return Replace(text, token, Literals[_random.Next(Literals.Length)]);
            default:
                var from = tokens[_random.Next(tokens.Count)];
                var to = tokens[_random.Next(tokens.Count)];
                return from.Start <= to.Start
                    ? text.Insert(token.End, " " + text[from.Start..to.End])
                    : text;
        }
    }

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        try
        {
            var lexer = new Lexer(new Source(text), maxComments: null);
            for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
            {
                tokens.Add(token);
            }
        }
        catch (GraphQLError)
        {
            // A lexical error ends the list; the tokens before it are still worth editing.
        }

        return tokens;
    }

    private static string Text(string text, Token token) => text[token.Start..token.End];

    private static string Replace(string text, Token token, string replacement) =>
        string.Concat(text.AsSpan(0, token.Start), replacement, text.AsSpan(token.End));

    private static string Swap(string text, Token first, Token second) =>
        first.Start == second.Start
            ? text
            : text[..first.Start] + Text(text, second) + text[first.End..second.Start] + Text(text, first) + text[second.End..];
}
