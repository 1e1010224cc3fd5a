namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A custom scalar definition.</summary>
public sealed class ScalarTypeDefinitionNode : ASTNode, ITypeDefinitionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public ScalarTypeDefinitionNode()
        : base(NodeKind.ScalarTypeDefinition)
    {
    }

    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
