namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A named fragment definition: <c>fragment Name on Type { }</c>.</summary>
public sealed class FragmentDefinitionNode : ASTNode, IExecutableDefinitionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public FragmentDefinitionNode()
        : base(NodeKind.FragmentDefinition)
    {
    }

    /// <summary>The description written before the definition, if any (graphql-js 16.15 accepts descriptions on executable definitions too).</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The fragment's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Legacy fragment variables; only filled when <see cref="ParseOptions.AllowLegacyFragmentVariables"/> is set.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];

    /// <summary>The type the fragment applies to.</summary>
    public required NamedTypeNode TypeCondition { get; init; }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The fragment's selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}
