namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A reference to a named type.</summary>
public sealed class NamedTypeNode : ASTNode, ITypeNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public NamedTypeNode()
        : base(NodeKind.NamedType)
    {
    }

    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }
}
