using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Naming;

/// <summary>
/// Reduces a name to the form search compares, so every spelling of an alias finds its actor: case, diacritics,
/// ʿ ' ’ marks, the Arabic article (<c>al-</c>, <c>el-</c>, <c>Al </c>), hyphens and spaces are all erased.
/// Transliteration variants (Hezb/Hizb, Kazemi/Kadhimi) are not rules here: they are recorded as aliases.
/// </summary>
public static class AliasNormalizer
{
    /// <summary>The comparable form of <paramref name="name"/>: its normalised words run together.</summary>
    public static string Normalize(string name) => string.Concat(Words(name));

    /// <summary>
    /// The normalised words of <paramref name="name"/>, articles dropped. Search matches a query against every
    /// suffix of the joined form that starts at a word, so "hezbollah" finds "Kataib Hezbollah".
    /// </summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in BaseLetters.Fold(name).EnumerateRunes())
        {
            if (IsErased(rune))
            {
                continue;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                current.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                Flush(current, words);
            }
        }

        Flush(current, words);
        return DropArticles(words);
    }

    /// <summary>The character offsets in <see cref="Normalize"/>'s output at which each word starts.</summary>
    public static IReadOnlyList<int> WordStarts(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var starts = new int[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            starts[i] = offset;
            offset += words[i].Length;
        }

        return starts;
    }

    // Combining marks (diacritics written as characters of their own) and the apostrophe-like letters used for ʿayn
    // and hamza vanish without splitting a word: Kata'ib is Kataib, not Kata + ib.
    private static bool IsErased(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        || rune.Value is '\'' or '`' or '\u00B4' or '\u02BB' or '\u02BC' or '\u02BE' or '\u02BF' or '\u2018' or '\u2019';

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    // "al Sudani", "al-Sudani" and "Sudani" are one name; a lone "Al" stays (it may be the whole name).
    private static List<string> DropArticles(List<string> words)
    {
        if (words.Count < 2)
        {
            return words;
        }

        var kept = words.FindAll(w => w is not ("al" or "el"));
        return kept.Count > 0 ? kept : words;
    }
}
