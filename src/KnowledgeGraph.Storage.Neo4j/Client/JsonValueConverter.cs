using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>Turns JSON values from a result row into plain .NET values.</summary>
internal static class JsonValueConverter
{
    /// <summary>
    /// Converts a value: integers become <see cref="long"/> and other numbers <see cref="double"/>
    /// (the server writes floats with a decimal point), lists become read-only lists and maps
    /// (including nodes and relationships, which the row format renders as their properties)
    /// become read-only dictionaries.
    /// </summary>
    public static object? ToClrValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when element.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Array => ToList(element),
        JsonValueKind.Object => ToMap(element),
        _ => throw new InvalidOperationException($"Unexpected JSON value kind {element.ValueKind}."),
    };

    private static List<object?> ToList(JsonElement array)
    {
        var items = new List<object?>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            items.Add(ToClrValue(item));
        }

        return items;
    }

    private static Dictionary<string, object?> ToMap(JsonElement map)
    {
        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            entries[property.Name] = ToClrValue(property.Value);
        }

        return entries;
    }
}
