using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>
/// Lists of keys passed as one JSON array parameter and expanded with <c>json_each</c>, so a batch of ids is one
/// statement whatever its size (no per-row queries, no SQL built from values).
/// </summary>
internal static class JsonList
{
    public static string Of(IEnumerable<int> seqs)
    {
        var text = new StringBuilder("[");
        foreach (var seq in seqs)
        {
            if (text.Length > 1)
            {
                text.Append(',');
            }

            text.Append(seq.ToString(CultureInfo.InvariantCulture));
        }

        return text.Append(']').ToString();
    }

    public static string Of(IEnumerable<string> ids)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var id in ids)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
