namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A directive definition: <c>directive @name(args) repeatable on LOCATIONS</c>.</summary>
public sealed class DirectiveDefinitionNode : ASTNode, ITypeSystemDefinitionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public DirectiveDefinitionNode()
        : base(NodeKind.DirectiveDefinition)
    {
    }

    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>Whether the directive may appear more than once at a location.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The locations, as written (see <see cref="DirectiveLocation"/>).</summary>
    public IReadOnlyList<NameNode> Locations { get; init; } = [];
}
