namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A whole GraphQL document: the root the parser returns.</summary>
public sealed class DocumentNode : ASTNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public DocumentNode()
        : base(NodeKind.Document)
    {
    }

    /// <summary>The definitions, in source order.</summary>
    public IReadOnlyList<IDefinitionNode> Definitions { get; init; } = [];

    /// <summary>How many tokens the lexer read for this document (0 when not parsed from text).</summary>
    public int TokenCount { get; init; }
}
