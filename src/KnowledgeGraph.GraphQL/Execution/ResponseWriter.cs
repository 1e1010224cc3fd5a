using System.Buffers;
using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Writes a response as JSON the way graphql-js and graphql-http do: <c>errors</c> first (message,
/// locations, path, extensions), then <c>data</c> (keys in selection order), then <c>extensions</c>.
/// Numbers are written as JavaScript's <c>JSON.stringify</c> writes them.
/// </summary>
public static class ResponseWriter
{
    /// <summary>The escaping of graphql-http's <c>JSON.stringify</c>: only what JSON requires.</summary>
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder };

    /// <summary>Writes the response to a JSON writer.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Errors is { } errors)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the response as UTF-8 JSON to a buffer.</summary>
    public static void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        Write(writer, result);
    }

    /// <summary>Writes the response as UTF-8 JSON to a stream.</summary>
    public static async Task WriteAsync(Stream output, ExecutionResult result, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        Write(writer, result);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The response as a JSON string.</summary>
    public static string ToJson(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, result);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes one error as graphql-js's <c>GraphQLError.toJSON</c> shapes it.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, path);
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

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
