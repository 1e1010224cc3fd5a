using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>Writes the body of a transactional-endpoint request: statements with their parameters.</summary>
/// <remarks>
/// The body is written once per call and resent as is on retries. Values only ever travel as
/// parameters, so no value can change the meaning of the Cypher text.
/// </remarks>
internal static class StatementRequestWriter
{
    /// <summary>
    /// Escapes only what JSON requires: the body is never embedded in HTML, and text in other scripts
    /// stays readable and compact instead of becoming <c>\uXXXX</c> sequences.
    /// </summary>
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets the body that opens or commits a transaction without running anything.</summary>
    public static ReadOnlyMemory<byte> NoStatements { get; } = Write([]);

    public static ReadOnlyMemory<byte> Write(IReadOnlyList<Neo4jStatement> statements)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements"u8);
            foreach (var statement in statements)
            {
                WriteStatement(writer, statement);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private static void WriteStatement(Utf8JsonWriter writer, Neo4jStatement statement)
    {
        writer.WriteStartObject();
        writer.WriteString("statement"u8, statement.Text);
        writer.WriteStartObject("parameters"u8);
        foreach (var (name, value) in statement.Parameters)
        {
            writer.WritePropertyName(name);
            ParameterValueWriter.Write(writer, value, name);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("resultDataContents"u8);
        writer.WriteStringValue("row"u8);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
