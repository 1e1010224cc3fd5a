using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// Reads JSON strings as JavaScript does. System.Text.Json refuses escaped lone surrogates (<c>"\ud800"</c>), which
/// JSON allows and graphql-js accepts as string values; a request holding one must get an answer, not an exception.
/// </summary>
internal static class JsonStrings
{
    public static string Read(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Unescape(element.GetRawText());
        }
    }

    // The raw text is a valid JSON string literal (the document parsed), so only the escapes need handling.
    private static string Unescape(string raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            var c = raw[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            c = raw[++i];
            text.Append(c switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => c,
            });
            if (c == 'u')
            {
                i += 4;
            }
        }

        return text.ToString();
    }
}
