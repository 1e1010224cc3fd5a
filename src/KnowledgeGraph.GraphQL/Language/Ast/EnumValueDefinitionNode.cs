namespace KnowledgeGraph.GraphQL.Language;

/// <summary>One value of an enum type definition.</summary>
public sealed class EnumValueDefinitionNode : ASTNode, IHasDirectivesNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public EnumValueDefinitionNode()
        : base(NodeKind.EnumValueDefinition)
    {
    }

    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
