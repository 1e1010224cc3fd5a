namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A list type reference: <c>[Type]</c>.</summary>
public sealed class ListTypeNode : ASTNode, ITypeNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public ListTypeNode()
        : base(NodeKind.ListType)
    {
    }

    /// <summary>The item type.</summary>
    public required ITypeNode Type { get; init; }
}
