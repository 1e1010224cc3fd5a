using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Tests.Conformance;

/// <summary>
/// The first place two JSON values differ, read as a response is: object members in order, array items,
/// strings by value and numbers by their exact text (so <c>1e+21</c> and <c>1e21</c> differ, as they
/// would to a client comparing responses).
/// </summary>
internal static class JsonDifference
{
    /// <summary>A description of the first difference, or null when the values are the same.</summary>
    public static string? Find(JsonElement expected, JsonElement actual, string path = "$")
    {
        if (expected.ValueKind != actual.ValueKind && !(IsBoolean(expected) && IsBoolean(actual)))
        {
            return Describe(path, expected, actual);
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedMembers = expected.EnumerateObject().ToList();
                var actualMembers = actual.EnumerateObject().ToList();
                for (var i = 0; i < Math.Max(expectedMembers.Count, actualMembers.Count); i++)
                {
                    if (i >= expectedMembers.Count || i >= actualMembers.Count || expectedMembers[i].Name != actualMembers[i].Name)
                    {
                        return $"{path}: graphql-js has members [{string.Join(", ", expectedMembers.Select(m => m.Name))}], ours [{string.Join(", ", actualMembers.Select(m => m.Name))}]";
                    }

                    if (Find(expectedMembers[i].Value, actualMembers[i].Value, $"{path}.{expectedMembers[i].Name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var expectedItems = expected.EnumerateArray().ToList();
                var actualItems = actual.EnumerateArray().ToList();
                for (var i = 0; i < Math.Min(expectedItems.Count, actualItems.Count); i++)
                {
                    if (Find(expectedItems[i], actualItems[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return expectedItems.Count == actualItems.Count ? null : Describe(path, expected, actual);
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : Describe(path, expected, actual);
            default:
                return expected.GetRawText() == actual.GetRawText() ? null : Describe(path, expected, actual);
        }
    }

    private static bool IsBoolean(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static string Describe(string path, JsonElement expected, JsonElement actual) =>
        $"{path}:\n      graphql-js: {Shorten(expected.GetRawText())}\n      ours:       {Shorten(actual.GetRawText())}";

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
