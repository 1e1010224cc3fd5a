namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An enum literal: a name other than true, false or null.</summary>
public sealed class EnumValueNode : ASTNode, IValueNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public EnumValueNode()
        : base(NodeKind.EnumValue)
    {
    }

    /// <summary>The enum value's name.</summary>
    public required string Value { get; init; }
}
