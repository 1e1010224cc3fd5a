namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A named fragment spread: <c>...Name</c>.</summary>
public sealed class FragmentSpreadNode : ASTNode, ISelectionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public FragmentSpreadNode()
        : base(NodeKind.FragmentSpread)
    {
    }

    /// <summary>The fragment's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
