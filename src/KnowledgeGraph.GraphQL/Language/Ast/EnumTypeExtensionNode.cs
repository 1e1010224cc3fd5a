namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An <c>extend enum</c> extension.</summary>
public sealed class EnumTypeExtensionNode : ASTNode, ITypeExtensionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public EnumTypeExtensionNode()
        : base(NodeKind.EnumTypeExtension)
    {
    }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The added values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
