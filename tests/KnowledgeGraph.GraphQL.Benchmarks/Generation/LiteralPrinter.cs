using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>
/// Writes a JSON value as a GraphQL literal of a given input type: enum values bare, strings quoted and
/// escaped, a non-list value where a list is expected as is (GraphQL reads it as a list of one).
/// Values that do not fit the type (after a mutation) are written as their JSON shape suggests.
/// </summary>
internal static class LiteralPrinter
{
    public static string Print(JsonNode? value, GraphQLType? type)
    {
        var text = new StringBuilder();
        Append(text, value, type);
        return text.ToString();
    }

    private static void Append(StringBuilder text, JsonNode? value, GraphQLType? type)
    {
        if (type is GraphQLNonNull nonNull)
        {
            type = nonNull.OfType;
        }

        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case JsonArray items:
                var itemType = (type as GraphQLList)?.OfType;
                text.Append('[');
                for (var i = 0; i < items.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ");
                    Append(text, items[i], itemType);
                }

                text.Append(']');
                break;
            case JsonObject entries:
                var inputType = Unwrap(type) as GraphQLInputObjectType;
                text.Append('{');
                var first = true;
                foreach (var (name, entry) in entries)
                {
                    text.Append(first ? string.Empty : ", ").Append(name).Append(": ");
                    Append(text, entry, inputType?.Fields.GetValueOrDefault(name)?.Type);
                    first = false;
                }

                text.Append('}');
                break;
            default:
                AppendLeaf(text, value.AsValue(), Unwrap(type));
                break;
        }
    }

    private static GraphQLType? Unwrap(GraphQLType? type)
    {
        while (type is GraphQLList or GraphQLNonNull)
        {
            type = type is GraphQLList list ? list.OfType : ((GraphQLNonNull)type).OfType;
        }

        return type;
    }

    private static void AppendLeaf(StringBuilder text, JsonValue value, GraphQLType? type)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var content = value.GetValue<string>();
                if (type is GraphQLEnumType && IsName(content))
                {
                    text.Append(content);
                }
                else
                {
                    AppendString(text, content);
                }

                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            default:
                text.Append(value.ToJsonString());
                break;
        }
    }

    /// <summary>Writes a GraphQL string literal; lone surrogates are escaped, pairs written as they are.</summary>
    public static void AppendString(StringBuilder text, string content)
    {
        text.Append('"');
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (char.IsHighSurrogate(c) && i + 1 < content.Length && char.IsLowSurrogate(content[i + 1]))
            {
                text.Append(c).Append(content[++i]);
                continue;
            }

            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case < ' ' or '\u007F' or (>= '\uD800' and <= '\uDFFF'):
                    text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }

    private static bool IsName(string text) =>
        text.Length > 0 && (char.IsAsciiLetter(text[0]) || text[0] == '_') && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && text is not ("true" or "false" or "null");
}
