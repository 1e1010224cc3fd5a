namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A name: an identifier such as a field, type or argument name.</summary>
public sealed class NameNode : ASTNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public NameNode()
        : base(NodeKind.Name)
    {
    }

    /// <summary>The identifier text.</summary>
    public required string Value { get; init; }
}
