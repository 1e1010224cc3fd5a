namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A union type definition.</summary>
public sealed class UnionTypeDefinitionNode : ASTNode, ITypeDefinitionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public UnionTypeDefinitionNode()
        : base(NodeKind.UnionTypeDefinition)
    {
    }

    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
