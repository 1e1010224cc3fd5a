namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An input object type definition.</summary>
public sealed class InputObjectTypeDefinitionNode : ASTNode, ITypeDefinitionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public InputObjectTypeDefinitionNode()
        : base(NodeKind.InputObjectTypeDefinition)
    {
    }

    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
