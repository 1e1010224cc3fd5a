namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A variable declaration in an operation: <c>$name: Type = default @directives</c>.</summary>
public sealed class VariableDefinitionNode : ASTNode, IHasDirectivesNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public VariableDefinitionNode()
        : base(NodeKind.VariableDefinition)
    {
    }

    /// <summary>The description written before the definition, if any (graphql-js 16.15 accepts descriptions on executable definitions too).</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The declared variable.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The declared input type.</summary>
    public required ITypeNode Type { get; init; }

    /// <summary>The default value (always constant), if any.</summary>
    public IValueNode? DefaultValue { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
