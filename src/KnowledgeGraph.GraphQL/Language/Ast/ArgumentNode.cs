namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An argument given to a field or directive: <c>name: value</c>.</summary>
public sealed class ArgumentNode : ASTNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public ArgumentNode()
        : base(NodeKind.Argument)
    {
    }

    /// <summary>The argument name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument value.</summary>
    public required IValueNode Value { get; init; }
}
