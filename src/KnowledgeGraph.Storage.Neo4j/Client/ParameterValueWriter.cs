using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>Writes one parameter value as JSON the way Neo4j should read it back.</summary>
internal static class ParameterValueWriter
{
    public static void Write(Utf8JsonWriter writer, object? value, string parameter)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case char character:
                writer.WriteStringValue(character.ToString());
                break;
            case byte or sbyte or short or ushort or int or uint or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case float or double or decimal:
                WriteFloat(writer, Convert.ToDouble(value, CultureInfo.InvariantCulture), parameter);
                break;
            case Enum member:
                writer.WriteStringValue(member.ToString());
                break;
            case Guid id:
                writer.WriteStringValue(id.ToString("D"));
                break;
            case DateTimeOffset moment:
                writer.WriteStringValue(moment.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTime moment:
                writer.WriteStringValue(moment.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateOnly day:
                writer.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case JsonNode node:
                node.WriteTo(writer);
                break;
            case IDictionary map:
                WriteMap(writer, map, parameter);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map, parameter);
                break;
            case IEnumerable items:
                WriteList(writer, items, parameter);
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }

    /// <summary>
    /// Writes a float so that it always has a decimal point or exponent: Neo4j reads <c>1</c> as an
    /// integer and <c>1.0</c> as a float, and a float property must stay a float.
    /// </summary>
    private static void WriteFloat(Utf8JsonWriter writer, double number, string parameter)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException(
                $"Parameter '{parameter}' holds {number}; Neo4j's JSON protocol carries finite numbers only.");
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        writer.WriteRawValue(text.AsSpan().IndexOfAny('.', 'E') < 0 ? text + ".0" : text, skipInputValidation: true);
    }

    private static void WriteMap(Utf8JsonWriter writer, IDictionary map, string parameter)
    {
        writer.WriteStartObject();
        foreach (DictionaryEntry entry in map)
        {
            var key = entry.Key as string ?? throw new ArgumentException(
                $"Parameter '{parameter}' holds a map with a non-string key; Neo4j map keys are strings.");
            writer.WritePropertyName(key);
            Write(writer, entry.Value, parameter);
        }

        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map, string parameter)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item, parameter);
        }

        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, IEnumerable items, string parameter)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            Write(writer, item, parameter);
        }

        writer.WriteEndArray();
    }
}
