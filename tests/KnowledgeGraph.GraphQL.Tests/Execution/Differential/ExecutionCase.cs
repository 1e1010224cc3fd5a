namespace KnowledgeGraph.GraphQL.Tests.Execution.Differential;

/// <summary>
/// One differential execution case: a schema in SDL, a document, a JSON root value both engines read
/// through their default resolvers, and optional JSON variables and operation name. Fields whose name
/// starts with <c>echo</c> answer with their coerced arguments as JSON, in both engines.
/// </summary>
public sealed record ExecutionCase(
    string Name,
    string Sdl,
    string Document,
    string? RootJson = null,
    string? VariablesJson = null,
    string? OperationName = null)
{
    public object ToPayload() => new
    {
        sdl = Sdl,
        document = Document,
        rootValue = RootJson is null ? null : (object)System.Text.Json.JsonDocument.Parse(RootJson).RootElement,
        variables = VariablesJson is null ? null : (object)System.Text.Json.JsonDocument.Parse(VariablesJson).RootElement,
        operationName = OperationName,
    };
}
