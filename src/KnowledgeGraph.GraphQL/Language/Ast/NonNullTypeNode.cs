namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A non-null type reference: <c>Type!</c>.</summary>
public sealed class NonNullTypeNode : ASTNode, ITypeNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public NonNullTypeNode()
        : base(NodeKind.NonNullType)
    {
    }

    /// <summary>The wrapped type: a named or list type, never another non-null type.</summary>
    public required ITypeNode Type { get; init; }
}
