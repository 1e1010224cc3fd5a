using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Writes a response as JSON the way graphql-js and graphql-http do: <c>errors</c> first (message,
/// locations, path, extensions), then <c>data</c> (keys in selection order), then <c>extensions</c>.
/// Numbers are written as JavaScript's <c>JSON.stringify</c> writes them.
/// </summary>
public static partial class ResponseWriter
{
    /// <summary>The escaping of graphql-http's <c>JSON.stringify</c>: only what JSON requires.</summary>
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // The writer's structural checks are skipped: Write emits balanced objects and arrays by construction.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder, SkipValidation = true };

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
}
