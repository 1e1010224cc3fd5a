namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An interface type definition.</summary>
public sealed class InterfaceTypeDefinitionNode : ASTNode, ITypeDefinitionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public InterfaceTypeDefinitionNode()
        : base(NodeKind.InterfaceTypeDefinition)
    {
    }

    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The interfaces this interface implements.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
