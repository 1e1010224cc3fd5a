using System.Text;
using System.Xml;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>Text made safe for XML 1.0, which cannot carry some control characters at all.</summary>
internal static class XmlText
{
    /// <summary>
    /// Replaces each character XML 1.0 cannot represent (control characters other than tab, line feed and carriage
    /// return, lone surrogates) with U+FFFD, so one stray byte in an article cannot make a whole file unreadable.
    /// </summary>
    public static string Clean(string text)
    {
        var firstBad = FirstInvalid(text);
        if (firstBad < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length).Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i++, 2);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    /// <summary>A label for attributes typed <c>xsd:token</c>: runs of white space collapse to one space.</summary>
    public static string Token(string text) => string.Join(' ', Clean(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
