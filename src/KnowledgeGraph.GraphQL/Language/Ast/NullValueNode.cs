namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The <c>null</c> literal.</summary>
public sealed class NullValueNode : ASTNode, IValueNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public NullValueNode()
        : base(NodeKind.NullValue)
    {
    }
}
