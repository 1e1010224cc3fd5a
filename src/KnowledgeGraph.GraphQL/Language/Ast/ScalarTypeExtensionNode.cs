namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An <c>extend scalar</c> extension.</summary>
public sealed class ScalarTypeExtensionNode : ASTNode, ITypeExtensionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public ScalarTypeExtensionNode()
        : base(NodeKind.ScalarTypeExtension)
    {
    }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
