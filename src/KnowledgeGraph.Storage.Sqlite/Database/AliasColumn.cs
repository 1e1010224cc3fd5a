using System.Buffers;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>An actor's aliases are one JSON array column: they are always read and written together.</summary>
internal static class AliasColumn
{
    /// <summary>
    /// Writes <paramref name="aliases"/> as a JSON array into <paramref name="buffer"/>, replacing what it held. Bulk
    /// imports pass the same buffer and writer for every actor, so a hundred thousand actors make no garbage here.
    /// </summary>
    public static ReadOnlySpan<byte> Write(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, IReadOnlyList<string> aliases)
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartArray();
        foreach (var alias in aliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        json.Flush();
        return buffer.WrittenSpan;
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
