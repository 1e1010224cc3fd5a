namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An integer literal, kept as written.</summary>
public sealed class IntValueNode : ASTNode, IValueNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public IntValueNode()
        : base(NodeKind.IntValue)
    {
    }

    /// <summary>The literal's source text.</summary>
    public required string Value { get; init; }
}
