namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An inline fragment: <c>... on Type { }</c>, the type condition being optional.</summary>
public sealed class InlineFragmentNode : ASTNode, ISelectionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public InlineFragmentNode()
        : base(NodeKind.InlineFragment)
    {
    }

    /// <summary>The type condition, if any.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The selections inside the fragment.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}
