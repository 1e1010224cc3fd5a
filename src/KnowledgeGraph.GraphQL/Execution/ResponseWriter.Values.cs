using System.Collections;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

public static partial class ResponseWriter
{
    /// <summary>Writes a result value: response objects and lists, leaves, dictionaries, sequences and JSON elements.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case double number:
                WriteDouble(writer, number);
                break;
            case ResultObject obj:
                WriteObject(writer, obj);
                break;
            case ResultList list:
                writer.WriteStartArray();
                for (var i = 0; i < list.Count; i++)
                {
                    WriteValue(writer, list[i]);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteOther(writer, value);
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, ResultObject obj)
    {
        writer.WriteStartObject();
        var fields = obj.Plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            writer.WritePropertyName(fields[i].EncodedResponseName);
            WriteValue(writer, obj.Values[i]);
        }

        writer.WriteEndObject();
    }

    private static void WriteDouble(Utf8JsonWriter writer, double number)
    {
        if (!double.IsFinite(number))
        {
            // JSON.stringify writes NaN and infinities as null.
            writer.WriteNullValue();
        }
        else if (number == Math.Floor(number) && Math.Abs(number) < 1e15)
        {
            writer.WriteNumberValue((long)number);
        }
        else if (Math.Abs(number) is >= 1e-4 and < 1e15)
        {
            // In this range .NET's shortest round-trip text is JavaScript's too, and needs no string.
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteRawValue(JsNumber.ToString(number), skipInputValidation: true);
        }
    }

    private static void WriteOther(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case long or short or byte or sbyte or ushort or uint or ulong or decimal:
                writer.WriteRawValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!, skipInputValidation: true);
                break;
            case float number:
                WriteDouble(writer, number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                writer.WriteStartObject();
                foreach (var (key, entry) in entries)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, entry);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                if (JsValue.Primitive(value) is string text)
                {
                    writer.WriteStringValue(text);
                }
                else
                {
                    JsonSerializer.Serialize(writer, value, value.GetType());
                }

                break;
        }
    }
}
