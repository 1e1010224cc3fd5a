using System.Globalization;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>Reads typed values out of the property maps the row format returns; an absent property is null.</summary>
internal static class PropertyValues
{
    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new InvalidOperationException("Expected a map of properties from Neo4j.");

    public static string String(IReadOnlyDictionary<string, object?> map, string key) =>
        OptionalString(map, key) ?? throw new InvalidOperationException($"The stored property '{key}' is missing.");

    public static string? OptionalString(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value as string : null;

    public static List<string> Strings(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) && value is IReadOnlyList<object?> items ? items.Select(item => (string)item!).ToList() : [];

    public static string Instant(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadInstant(string text) => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);
}
