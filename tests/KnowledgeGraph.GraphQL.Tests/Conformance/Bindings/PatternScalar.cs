using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Conformance.Bindings;

/// <summary>
/// A custom scalar of the conformance schemas: strings matching a pattern, as the node side
/// (Reference/modes/conformance/scalars.js) binds it, with the same messages. Failures are plain
/// errors or GraphQL errors, as the bindings file says, since graphql-js reports the two differently.
/// </summary>
internal static class PatternScalar
{
    public static void Bind(SchemaBuilder builder, string name, JsonElement spec)
    {
        var pattern = new Regex(@"\A(?:" + spec.GetProperty("pattern").GetString() + @")\z", RegexOptions.CultureInvariant);
        var expected = spec.GetProperty("expected").GetString();
        var asGraphQLErrors = spec.GetProperty("errors").GetString() == "graphql";
        Exception Failure(string message) => asGraphQLErrors ? new GraphQLError(message) : new RecipeFailure(message);
        object? Check(object value)
        {
            var primitive = value is JsonElement { ValueKind: JsonValueKind.String } json ? json.GetString() : value;
            return primitive is string text && pattern.IsMatch(text)
                ? text
                : throw Failure($"{name} cannot represent {Describe(primitive)}: expected {expected}.");
        }

        Func<IValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral = spec.GetProperty("literal").GetString() == "string"
            ? (node, _) => node is StringValueNode text ? Check(text.Value) : throw Failure($"{name} literals must be strings.")
            : null;
        builder.AddScalar(name, Check, Check, parseLiteral);
    }

    /// <summary>JavaScript's <c>JSON.stringify</c> of a string; any other value is "a non-string value".</summary>
    private static string Describe(object? value)
    {
        if (value is not string text)
        {
            return "a non-string value";
        }

        var quoted = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pairs = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pairs)
            {
                quoted.Append(c).Append(text[++i]);
                continue;
            }

            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' or (>= '\uD800' and <= '\uDFFF') => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
