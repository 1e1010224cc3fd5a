namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A reference to a variable: <c>$name</c>.</summary>
public sealed class VariableNode : ASTNode, IValueNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public VariableNode()
        : base(NodeKind.Variable)
    {
    }

    /// <summary>The variable name, without the dollar sign.</summary>
    public required NameNode Name { get; init; }
}
