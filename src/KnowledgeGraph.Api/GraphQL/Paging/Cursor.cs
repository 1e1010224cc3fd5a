using System.Text;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>Opaque cursors: the key of an item in its list, base64-encoded so clients do not build them.</summary>
internal static class Cursor
{
    private const string Prefix = "kg1:";

    public static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + key));

    public static string Decode(string cursor, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return text[Prefix.Length..];
            }
        }
        catch (FormatException)
        {
        }

        throw new GraphQLError($"Argument \"{argument}\" is not a cursor this API issued.", null, extensions: Codes.BadUserInput);
    }
}
