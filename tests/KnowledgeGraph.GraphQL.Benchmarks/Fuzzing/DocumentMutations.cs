using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

/// <summary>
/// Text-level damage to GraphQL documents, the kind hostile or broken clients send: flipped characters,
/// tokens deleted or repeated, deep nesting, huge numbers, odd unicode, unterminated strings, repeated
/// aliases and fragment spreads, fragment cycles, huge strings and splices of two documents.
/// </summary>
internal sealed partial class DocumentMutations(Random random)
{
    private static readonly string[] HugeNumbers =
    [
        "99999999999999999999999999999", "-2147483649", "2147483648", "1e999", "-1e-999", "0.000000000000000000001",
        "1.7976931348623157e309", "123456789012345678901234567890.5e10", "00", "-0", "1.", ".5", "0x1F", "1e", "1_000",
    ];

    private static readonly string[] OddText =
    [
        "\uFEFF", "\u200B", "\u2028", "\u0000", "\uD800", "\uDFFF", "😀", "\u202E", "é", "\r", "\t", "\u0085", "\uFFFF", "\\u{110000}",
        "\\uD800", "\\u{1F600}", "\\x", "\"\"\"", "#", "$", "@", "&", "|", "...", ":", "=", "!", "[]", "{}", "()",
    ];

    public string Mutate(string document, string other)
    {
        var text = document;
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            text = random.Next(16) switch
            {
                0 => FlipCharacter(text),
                1 => DeleteToken(text),
                2 => DuplicateToken(text),
                3 => DeepSelections(text),
                4 => DeepValue(text),
                5 => HugeNumber(text),
                6 => InsertOdd(text),
                7 => Unterminated(text),
                8 => RepeatedAliases(text),
                9 => RepeatedSpreads(text),
                10 => FragmentCycle(text),
                11 => Splice(text, other),
                12 => HugeString(text),
                13 => FragmentChain(text),
                14 => RepeatedDirectives(text),
                _ => ManyVariables(text),
            };
        }

        return text;
    }

    private int Position(string text) => random.Next(text.Length + 1);

    private string InsertAt(string text, string insertion) => text.Insert(Position(text), insertion);

    private string FlipCharacter(string text)
    {
        if (text.Length == 0)
        {
            return "{";
        }

        var at = random.Next(text.Length);
        var replacement = random.Next(3) switch
        {
            0 => (char)random.Next(0x20, 0x7F),
            1 => (char)random.Next(0, 0x20),
            _ => (char)random.Next(0x80, 0xFFFF),
        };
        return string.Concat(text.AsSpan(0, at), replacement.ToString(), text.AsSpan(at + 1));
    }

    private static List<Match> Tokens(string text) => [.. Token().Matches(text).Cast<Match>()];

    private string DeleteToken(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var token = tokens[random.Next(tokens.Count)];
        return text.Remove(token.Index, token.Length);
    }

    private string DuplicateToken(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var token = tokens[random.Next(tokens.Count)];
        var copies = random.Next(8) == 0 ? random.Next(2, 3000) : 2;
        return text.Insert(token.Index, string.Concat(Enumerable.Repeat(token.Value + " ", copies - 1)));
    }

    private string DeepSelections(string text)
    {
        var depth = random.Next(8) == 0 ? random.Next(1000, 12000) : random.Next(5, 60);
        var field = random.Next(2) == 0 ? "actor(id: \"actor-1\") { ties { target " : "node(id: \"actor-1\") { ... on Actor { ties { source ";
        var opening = string.Concat(Enumerable.Repeat(random.Next(2) == 0 ? "a { " : field, depth / 4 + 1));
        var closing = new string('}', random.Next(2) == 0 ? opening.Count(c => c == '{') : random.Next(depth));
        return InsertAt(text, opening + "id " + closing);
    }

    private string DeepValue(string text)
    {
        var depth = random.Next(8) == 0 ? random.Next(1000, 20000) : random.Next(3, 100);
        var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{a: ", "}");
        var value = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, random.Next(2) == 0 ? depth : depth / 2));
        var argument = ArgumentValue().Match(text);
        return argument.Success
            ? string.Concat(text.AsSpan(0, argument.Groups[1].Index), value, text.AsSpan(argument.Groups[1].Index + argument.Groups[1].Length))
            : InsertAt(text, $"(x: {value})");
    }

    private string HugeNumber(string text)
    {
        var number = HugeNumbers[random.Next(HugeNumbers.Length)];
        var existing = Number().Match(text);
        return existing.Success && random.Next(2) == 0
            ? string.Concat(text.AsSpan(0, existing.Index), number, text.AsSpan(existing.Index + existing.Length))
            : InsertAt(text, random.Next(2) == 0 ? $"(first: {number})" : number);
    }

    private string InsertOdd(string text)
    {
        var builder = new StringBuilder(text);
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            builder.Insert(random.Next(builder.Length + 1), OddText[random.Next(OddText.Length)]);
        }

        return builder.ToString();
    }

    private string Unterminated(string text) => random.Next(4) switch
    {
        0 => InsertAt(text, "\"unterminated"),
        1 => InsertAt(text, "\"\"\"block never closed"),
        2 => InsertAt(text, "\"escape \\u12"),
        _ => text.Contains('"', StringComparison.Ordinal) ? text.Remove(text.LastIndexOf('"')) : text + "\"",
    };

    [GeneratedRegex(@"[_A-Za-z][_0-9A-Za-z]*|-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?|""(\\.|[^""\\])*""|\.\.\.|[!$&()\[\]{}:=@|]")]
    private static partial Regex Token();

    [GeneratedRegex(@"\(\s*\w+\s*:\s*([^,)]+)")]
    private static partial Regex ArgumentValue();

    [GeneratedRegex(@"-?[0-9]+(\.[0-9]+)?")]
    private static partial Regex Number();
}
