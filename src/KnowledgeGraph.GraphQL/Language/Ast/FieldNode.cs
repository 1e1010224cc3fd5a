namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A field selection, optionally aliased, with arguments, directives and sub-selections.</summary>
public sealed class FieldNode : ASTNode, ISelectionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public FieldNode()
        : base(NodeKind.Field)
    {
    }

    /// <summary>The alias (<c>alias: name</c>), if any.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments, in source order.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The sub-selections; absent for leaf fields.</summary>
    public SelectionSetNode? SelectionSet { get; init; }
}
