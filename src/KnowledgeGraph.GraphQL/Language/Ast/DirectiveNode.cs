namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A directive applied to a location: <c>@name(args)</c>.</summary>
public sealed class DirectiveNode : ASTNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public DirectiveNode()
        : base(NodeKind.Directive)
    {
    }

    /// <summary>The directive name, without the at sign.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments, in source order.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
