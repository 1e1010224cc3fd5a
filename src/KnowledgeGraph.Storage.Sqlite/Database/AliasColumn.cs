using System.Text.Json;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>An actor's aliases are one JSON array column: they are always read and written together.</summary>
internal static class AliasColumn
{
    public static string Write(IReadOnlyList<string> aliases)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var alias in aliases)
            {
                json.WriteStringValue(alias);
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static string[] Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var aliases = new string[document.RootElement.GetArrayLength()];
        var i = 0;
        foreach (var alias in document.RootElement.EnumerateArray())
        {
            aliases[i++] = alias.GetString() ?? throw new InvalidDataException("An alias is null.");
        }

        return aliases;
    }
}
