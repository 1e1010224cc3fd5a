using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Runs a case through our engine and writes the outcome in the shape the node side answers with:
/// <c>{stage: "syntax" | "validation", errors}</c>, <c>{stage: "execution", result}</c> with the
/// result as <see cref="ResponseWriter"/> writes it, or <c>{stage: "thrown", message}</c> when the
/// request itself is refused (variables that are not an object).
/// </summary>
internal static class OurOutcome
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Run(ConformanceSchema schema, ConformanceCase item)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            Write(writer, schema, item);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, ConformanceSchema schema, ConformanceCase item)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(item.Source);
        }
        catch (GraphQLError syntaxError)
        {
            WriteErrors(writer, "syntax", [syntaxError]);
            return;
        }

        var errors = DocumentValidator.Validate(schema.Schema, document);
        if (errors.Count > 0)
        {
            WriteErrors(writer, "validation", errors);
            return;
        }

        ExecutionResult result;
        try
        {
            using var variables = item.Variables is null ? null : JsonDocument.Parse(item.Variables);
            var request = new ExecutionRequest
            {
                Document = document,
                OperationName = item.OperationName,
                VariableValues = variables is null ? null : ExecutionRequest.VariablesFromJson(variables.RootElement),
                RootValue = schema.Root,
            };
            result = schema.Executor.ExecuteAsync(request).AsTask().GetAwaiter().GetResult();
        }
        catch (ArgumentException refused)
        {
            writer.WriteString("stage", "thrown");
            writer.WriteString("message", refused.Message.Split(" (Parameter")[0]);
            return;
        }

        writer.WriteString("stage", "execution");
        writer.WritePropertyName("result");
        ResponseWriter.Write(writer, result);
    }

    private static void WriteErrors(Utf8JsonWriter writer, string stage, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteString("stage", stage);
        writer.WritePropertyName("errors");
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            ResponseWriter.WriteError(writer, error);
        }

        writer.WriteEndArray();
    }
}
