namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The keyword of each operation type, as written in documents and used in graphql-js messages.</summary>
public static class OperationTypeNames
{
    /// <summary>The keyword: <c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    public static string ToKeyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation type."),
    };
}
