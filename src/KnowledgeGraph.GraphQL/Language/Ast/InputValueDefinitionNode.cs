namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An argument or input field definition.</summary>
public sealed class InputValueDefinitionNode : ASTNode, IHasDirectivesNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public InputValueDefinitionNode()
        : base(NodeKind.InputValueDefinition)
    {
    }

    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The input type.</summary>
    public required ITypeNode Type { get; init; }

    /// <summary>The default value (always constant), if any.</summary>
    public IValueNode? DefaultValue { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
