namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A braced list of selections.</summary>
public sealed class SelectionSetNode : ASTNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public SelectionSetNode()
        : base(NodeKind.SelectionSet)
    {
    }

    /// <summary>The selections, in source order.</summary>
    public IReadOnlyList<ISelectionNode> Selections { get; init; } = [];
}
