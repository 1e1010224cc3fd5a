using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// The block string algorithms of the spec and graphql-js: reading (common indentation removal) and
/// printing (choosing where to put the quotes so the text reads back to the same value).
/// </summary>
internal static class BlockStrings
{
    /// <summary>
    /// BlockStringValue(rawValue): removes the common indentation of every line but the first, drops
    /// leading and trailing blank lines, and joins the rest with line feeds.
    /// </summary>
    public static string DedentLines(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = i;
            }

            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmptyLine < 0)
        {
            return string.Empty;
        }

        var result = new StringBuilder();
        for (var i = firstNonEmptyLine; i <= lastNonEmptyLine; i++)
        {
            if (i != firstNonEmptyLine)
            {
                result.Append('\n');
            }

            var line = lines[i];
            if (i == 0)
            {
                result.Append(line);
            }
            else if (commonIndent < line.Length)
            {
                result.Append(line, commonIndent, line.Length - commonIndent);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Prints a value as a block string. Multi-line, long (over 70 characters) or quote-ended values get
    /// the quotes on lines of their own; embedded <c>"""</c> is escaped.
    /// </summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lineStarts = LineStartsAfterFirst(escaped);
        var isSingleLine = lineStarts.Count == 0;

        // When every line after the first is indented or empty, a leading line break keeps that indentation.
        var forceLeadingNewLine = !isSingleLine && lineStarts.TrueForAll(start =>
            start == escaped.Length || escaped[start] is '\n' or '\r' || CharacterClasses.IsWhiteSpace(escaped[start]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && CharacterClasses.IsWhiteSpace(value[0]);

        var result = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    /// <summary>
    /// Whether a value prints as a block string that reads back unchanged: no control characters, no
    /// carriage returns, no leading or trailing blank lines, and no indentation common to every line.
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false;
        }

        return !(hasCommonIndent && seenNonEmptyLine);
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && CharacterClasses.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The offsets where the second and later lines start (after <c>\r\n</c>, <c>\n</c> or <c>\r</c>).</summary>
    private static List<int> LineStartsAfterFirst(string text)
    {
        var starts = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (text[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
