namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An <c>extend union</c> extension.</summary>
public sealed class UnionTypeExtensionNode : ASTNode, ITypeExtensionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public UnionTypeExtensionNode()
        : base(NodeKind.UnionTypeExtension)
    {
    }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The added member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
