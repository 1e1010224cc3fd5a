namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A string literal, escapes resolved (and block strings dedented).</summary>
public sealed class StringValueNode : ASTNode, IValueNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public StringValueNode()
        : base(NodeKind.StringValue)
    {
    }

    /// <summary>The string's value.</summary>
    public required string Value { get; init; }

    /// <summary>Whether it was written as a block string (<c>"""..."""</c>).</summary>
    public bool Block { get; init; }
}
