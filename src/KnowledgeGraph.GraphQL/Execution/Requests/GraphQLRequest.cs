namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>A request as it arrives (the GraphQL-over-HTTP parameters) plus what the host adds.</summary>
public sealed class GraphQLRequest
{
    /// <summary>The document text.</summary>
    public required string Query { get; init; }

    /// <summary>The operation to run; required when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>The raw variable values; see <see cref="ExecutionRequest.VariablesFromJson"/>.</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The value root fields resolve against.</summary>
    public object? RootValue { get; init; }

    /// <summary>A value every resolver can read: the user, request-scoped state.</summary>
    public object? UserContext { get; init; }

    /// <summary>The request's services, passed on to resolvers.</summary>
    public IServiceProvider? Services { get; init; }
}
