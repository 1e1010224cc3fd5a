namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A list literal: <c>[a, b]</c>.</summary>
public sealed class ListValueNode : ASTNode, IValueNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public ListValueNode()
        : base(NodeKind.ListValue)
    {
    }

    /// <summary>The items, in source order.</summary>
    public IReadOnlyList<IValueNode> Values { get; init; } = [];
}
