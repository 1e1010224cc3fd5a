namespace KnowledgeGraph.GraphQL.Tests.Language.Differential;

/// <summary>
/// Breaks documents at the character level, from a fixed seed: deletions (which may split a surrogate
/// pair), insertions of punctuators, quotes, escapes and odd characters, duplicated slices and
/// truncation. Most results are syntax errors, which is the point: error paths and locations.
/// </summary>
public sealed class SourceMutator(int seed)
{
    private static readonly string[] Insertions =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "|", "&", "...", ".", "\"", "\"\"\"", "\\", "#", "\n", "\r",
        "-", "0", "1", "e", "E", "a", "_", "é", "😀", "\uD800", "\uDC00", "\u0000", "\u0007", "\uFEFF", "'", "\\u", "\\u{", "on",
        "true", "null", " ", ",", "query", "fragment", "extend", "type", "implements", "\"d\"",
    ];

    private readonly Random random = new(seed);

    public string Mutate(string source)
    {
        var text = source;
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            text = MutateOnce(text);
        }

        return text;
    }

    private string MutateOnce(string text)
    {
        var position = random.Next(text.Length + 1);
        switch (random.Next(6))
        {
            case 0 when text.Length > 0:
                var length = Math.Min(random.Next(1, 4), text.Length - Math.Min(position, text.Length - 1));
                return text.Remove(Math.Min(position, text.Length - 1), length);
            case 1 when text.Length > 0:
                var at = Math.Min(position, text.Length - 1);
                return text[..at] + Insertions[random.Next(Insertions.Length)] + text[(at + 1)..];
            case 2 when text.Length > 0:
                var sliceStart = random.Next(text.Length);
                var slice = text.Substring(sliceStart, Math.Min(random.Next(1, 12), text.Length - sliceStart));
                return text.Insert(position, slice);
            case 3 when text.Length > 0:
                return text[..position];
            default:
                return text.Insert(position, Insertions[random.Next(Insertions.Length)]);
        }
    }
}
