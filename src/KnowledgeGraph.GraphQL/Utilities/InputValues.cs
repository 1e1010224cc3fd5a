using System.Collections;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// Reads raw input values (variables from JSON or from C# dictionaries and lists) the way graphql-js
/// reads JavaScript values: which ones are lists, which are objects, and their entries.
/// </summary>
internal static class InputValues
{
    /// <summary>Whether the value is JSON null or C# null.</summary>
    public static bool IsNull(object? value) =>
        value is null || (value is JsonElement element && element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined);

    /// <summary>Whether the value is a list (graphql-js's <c>isIterableObject</c>); strings and objects are not.</summary>
    public static bool IsList(object? value) => value switch
    {
        null or string => false,
        JsonElement element => element.ValueKind == JsonValueKind.Array,
        IDictionary or IEnumerable<KeyValuePair<string, object?>> => false,
        IEnumerable => true,
        _ => false,
    };

    /// <summary>The items of a list value.</summary>
    public static IEnumerable<object?> Items(object value) => value is JsonElement element
        ? element.EnumerateArray().Select(static e => (object?)e)
        : ((IEnumerable)value).Cast<object?>();

    /// <summary>Whether the value is an object with named entries (graphql-js's <c>isObjectLike</c> minus arrays).</summary>
    public static bool IsObject(object? value) => value switch
    {
        JsonElement element => element.ValueKind == JsonValueKind.Object,
        IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary => true,
        _ => false,
    };

    /// <summary>Looks up an entry of an object value; false when the entry is absent (JavaScript's <c>undefined</c>).</summary>
    public static bool TryGetEntry(object value, string name, out object? entry)
    {
        switch (value)
        {
            case JsonElement element:
                if (element.TryGetProperty(name, out var property) && property.ValueKind != JsonValueKind.Undefined)
                {
                    entry = property;
                    return true;
                }

                break;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out entry);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out entry);
            case IDictionary legacy when legacy.Contains(name):
                entry = legacy[name];
                return true;
        }

        entry = null;
        return false;
    }

    /// <summary>The entry names of an object value, in order.</summary>
    public static IEnumerable<string> Keys(object value) => value switch
    {
        JsonElement element => element.EnumerateObject().Select(static p => p.Name),
        IReadOnlyDictionary<string, object?> readOnly => readOnly.Keys,
        IDictionary<string, object?> dictionary => dictionary.Keys,
        IDictionary legacy => legacy.Keys.Cast<object>().Select(static k => k.ToString() ?? string.Empty),
        _ => [],
    };

    /// <summary>Prints a path of input field names and list indices as graphql-js's <c>printPathArray</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var key in path)
        {
            if (key is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(key);
            }
        }

        return builder.ToString();
    }
}
