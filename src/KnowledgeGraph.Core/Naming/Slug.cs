using System.Text;

namespace KnowledgeGraph.Core.Naming;

/// <summary>Ids of actors, articles and ties: lowercase ASCII words joined by single hyphens.</summary>
public static class Slug
{
    public const int MaxLength = 100;

    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <see cref="FromName"/> keeps every letter and digit of <paramref name="name"/> (diacritics folded): a
    /// name in another script keeps only its latin letters, so "Ωμέγα Group" would become <c>group</c>.
    /// </summary>
    public static bool SpellsEveryLetter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var c in BaseLetters.Fold(name))
        {
            if (char.IsLetterOrDigit(c) && !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A slug made from a display name: "Kata'ib Ḥezbollah" becomes <c>kataib-hezbollah</c>.</summary>
    public static string FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder();
        foreach (var c in BaseLetters.Fold(name))
        {
            if (c is '\'' or '\u2019' or '\u02BF' or '\u02BC')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (!char.IsLetterOrDigit(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                     && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug;
    }
}
