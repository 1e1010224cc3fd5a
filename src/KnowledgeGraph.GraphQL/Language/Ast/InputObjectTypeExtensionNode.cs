namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An <c>extend input</c> extension.</summary>
public sealed class InputObjectTypeExtensionNode : ASTNode, ITypeExtensionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public InputObjectTypeExtensionNode()
        : base(NodeKind.InputObjectTypeExtension)
    {
    }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The added input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
