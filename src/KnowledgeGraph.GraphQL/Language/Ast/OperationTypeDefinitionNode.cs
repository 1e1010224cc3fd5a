namespace KnowledgeGraph.GraphQL.Language;

/// <summary>One root operation type in a schema definition or extension: <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode : ASTNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public OperationTypeDefinitionNode()
        : base(NodeKind.OperationTypeDefinition)
    {
    }

    /// <summary>The operation.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The root type for that operation.</summary>
    public required NamedTypeNode Type { get; init; }
}
