using System.Globalization;
using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Prints a value as a quoted GraphQL string, escaping as graphql-js's <c>printString</c> does.</summary>
internal static class StringLiterals
{
    public static string Print(string value)
    {
        var result = new StringBuilder(value.Length + 2).Append('"');
        var chunkStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var escape = Escape(value[i]);
            if (escape is null)
            {
                continue;
            }

            result.Append(value, chunkStart, i - chunkStart).Append(escape);
            chunkStart = i + 1;
        }

        return result.Append(value, chunkStart, value.Length - chunkStart).Append('"').ToString();
    }

    /// <summary>The escape for C0 and C1 controls, DEL, the double quote and the backslash; null for the rest.</summary>
    private static string? Escape(char c) => c switch
    {
        '\b' => "\\b",
        '\t' => "\\t",
        '\n' => "\\n",
        '\f' => "\\f",
        '\r' => "\\r",
        '"' => "\\\"",
        '\\' => "\\\\",
        < '\u0020' or (>= '\u007F' and <= '\u009F') => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
        _ => null,
    };
}
