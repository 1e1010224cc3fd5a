namespace KnowledgeGraph.GraphQL.Language;

/// <summary>One field of an input object literal.</summary>
public sealed class ObjectFieldNode : ASTNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public ObjectFieldNode()
        : base(NodeKind.ObjectField)
    {
    }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The field value.</summary>
    public required IValueNode Value { get; init; }
}
