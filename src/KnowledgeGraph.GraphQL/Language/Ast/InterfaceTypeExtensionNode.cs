namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An <c>extend interface</c> extension.</summary>
public sealed class InterfaceTypeExtensionNode : ASTNode, ITypeExtensionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public InterfaceTypeExtensionNode()
        : base(NodeKind.InterfaceTypeExtension)
    {
    }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The added interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The added fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
