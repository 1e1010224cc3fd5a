namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// The base of every AST node. <see cref="Kind"/> is stored rather than virtual so visitors and
/// validation rules can switch over it without a virtual call or a type test per node.
/// </summary>
public abstract class ASTNode : INode
{
    /// <summary>Creates a node of the given kind.</summary>
    protected ASTNode(NodeKind kind) => Kind = kind;

    /// <inheritdoc/>
    public NodeKind Kind { get; }

    /// <inheritdoc/>
    public Location? Loc { get; init; }
}
