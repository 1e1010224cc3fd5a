namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A <c>schema { query: Query }</c> definition.</summary>
public sealed class SchemaDefinitionNode : ASTNode, ITypeSystemDefinitionNode, IHasDirectivesNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public SchemaDefinitionNode()
        : base(NodeKind.SchemaDefinition)
    {
    }

    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}
