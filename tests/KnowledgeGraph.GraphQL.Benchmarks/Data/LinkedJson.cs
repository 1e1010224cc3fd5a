using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Benchmarks.Data;

/// <summary>
/// Reads a JSON data file into the plain object graph resolvers read, as JavaScript holds parsed JSON:
/// objects become dictionaries (entries in file order), arrays lists, numbers doubles. Every object
/// with a string <c>id</c> is indexed, and each <c>{"$ref": id}</c> becomes that very object, so
/// relations may form cycles. The node side of the conformance tests and the benchmark link the same
/// files the same way.
/// </summary>
internal static class LinkedJson
{
    /// <summary>Reads and links <paramref name="json"/>.</summary>
    /// <exception cref="InvalidDataException">An id is used twice, or a reference names no object.</exception>
    public static object? Load(string json)
    {
        using var document = JsonDocument.Parse(json);
        var entities = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        var tree = Convert(document.RootElement, entities);
        return Link(tree, entities);
    }

    private static object? Convert(JsonElement element, Dictionary<string, Dictionary<string, object?>> entities)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (ReferenceOf(element) is { } target)
                {
                    return new Reference(target);
                }

                var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    entries[property.Name] = Convert(property.Value, entities);
                }

                if (entries.TryGetValue("id", out var id) && id is string key && !entities.TryAdd(key, entries))
                {
                    throw new InvalidDataException($"Duplicate id in data: {key}");
                }

                return entries;
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(item => Convert(item, entities)).ToList();
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    private static string? ReferenceOf(JsonElement element)
    {
        using var properties = element.EnumerateObject();
        if (!properties.MoveNext() || properties.Current.Name != "$ref" || properties.Current.Value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var target = properties.Current.Value.GetString();
        return properties.MoveNext() ? null : target;
    }

    private static object? Link(object? value, Dictionary<string, Dictionary<string, object?>> entities)
    {
        switch (value)
        {
            case Reference reference:
                return entities.TryGetValue(reference.Target, out var entity)
                    ? entity
                    : throw new InvalidDataException($"Unknown reference in data: {reference.Target}");
            case Dictionary<string, object?> entries:
                foreach (var key in entries.Keys.ToList())
                {
                    entries[key] = Link(entries[key], entities);
                }

                return entries;
            case List<object?> items:
                for (var i = 0; i < items.Count; i++)
                {
                    items[i] = Link(items[i], entities);
                }

                return items;
            default:
                return value;
        }
    }

    private sealed record Reference(string Target);
}
