using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>Builds schemas from SDL and runs documents against them, answering with response JSON.</summary>
internal static class ExecutionHarness
{
    // The escaping ResponseWriter uses, so normalized texts compare with its output character for character.
    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static GraphQLSchema Schema(string sdl, Action<SchemaBuilder>? bind = null)
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(sdl);
        bind?.Invoke(builder);
        return builder.Build();
    }

    public static async Task<ExecutionResult> ExecuteAsync(
        GraphQLSchema schema,
        string document,
        object? rootValue = null,
        string? variablesJson = null,
        string? operationName = null,
        object? userContext = null,
        CancellationToken cancellationToken = default)
    {
        var request = new ExecutionRequest
        {
            Document = Parser.Parse(document),
            RootValue = rootValue,
            VariableValues = variablesJson is null ? null : ExecutionRequest.VariablesFromJson(JsonDocument.Parse(variablesJson).RootElement),
            OperationName = operationName,
            UserContext = userContext,
        };
        return await new Executor(schema).ExecuteAsync(request, cancellationToken);
    }

    public static async Task<string> RunAsync(
        GraphQLSchema schema,
        string document,
        object? rootValue = null,
        string? variablesJson = null,
        string? operationName = null) =>
        ResponseWriter.ToJson(await ExecuteAsync(schema, document, rootValue, variablesJson, operationName));

    /// <summary>A root value read from JSON, as graphql-js tests write root values as object literals.</summary>
    public static JsonElement Root(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>JSON re-serialized compactly, keeping key order, so texts written by hand compare with responses.</summary>
    public static string Json(string json) => JsonNode.Parse(json)!.ToJsonString(RelaxedJson);
}
