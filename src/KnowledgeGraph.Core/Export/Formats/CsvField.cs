namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>RFC 4180 fields: quoted when they hold a comma, a quote or a line break, with quotes doubled.</summary>
internal static class CsvField
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static void Write(TextWriter text, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.IndexOfAny(NeedsQuotes) < 0)
        {
            text.Write(value);
            return;
        }

        text.Write('"');
        text.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        text.Write('"');
    }
}
