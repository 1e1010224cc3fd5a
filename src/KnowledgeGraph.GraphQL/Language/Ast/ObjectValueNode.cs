namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An input object literal: <c>{ name: value }</c>.</summary>
public sealed class ObjectValueNode : ASTNode, IValueNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public ObjectValueNode()
        : base(NodeKind.ObjectValue)
    {
    }

    /// <summary>The fields, in source order.</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; init; } = [];
}
