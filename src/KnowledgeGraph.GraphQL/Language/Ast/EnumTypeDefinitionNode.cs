namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An enum type definition.</summary>
public sealed class EnumTypeDefinitionNode : ASTNode, ITypeDefinitionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public EnumTypeDefinitionNode()
        : base(NodeKind.EnumTypeDefinition)
    {
    }

    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The enum values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
