namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A float literal, kept as written.</summary>
public sealed class FloatValueNode : ASTNode, IValueNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public FloatValueNode()
        : base(NodeKind.FloatValue)
    {
    }

    /// <summary>The literal's source text.</summary>
    public required string Value { get; init; }
}
