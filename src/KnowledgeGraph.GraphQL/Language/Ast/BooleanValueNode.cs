namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A <c>true</c> or <c>false</c> literal.</summary>
public sealed class BooleanValueNode : ASTNode, IValueNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public BooleanValueNode()
        : base(NodeKind.BooleanValue)
    {
    }

    /// <summary>The literal's value.</summary>
    public bool Value { get; init; }
}
