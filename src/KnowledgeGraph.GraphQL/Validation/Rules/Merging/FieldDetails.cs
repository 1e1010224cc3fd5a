using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Merging;

/// <summary>One field selection as field merging sees it: where it is selected and what it names.</summary>
/// <param name="parentType">The type the field is selected on, or null when unknown.</param>
/// <param name="node">The selection.</param>
/// <param name="definition">The field it names, or null when the parent type does not define it.</param>
internal sealed class FieldDetails(GraphQLNamedType? parentType, FieldNode node, GraphQLField? definition)
{
    /// <summary>The type the field is selected on, or null when unknown.</summary>
    public GraphQLNamedType? ParentType { get; } = parentType;

    /// <summary>The selection.</summary>
    public FieldNode Node { get; } = node;

    /// <summary>The field it names, or null when the parent type does not define it.</summary>
    public GraphQLField? Definition { get; } = definition;

    /// <summary>No arguments and no sub-selections: two such fields of one name and type never conflict.</summary>
    public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

    /// <summary>What comparisons need, prepared only once the field overlaps another.</summary>
    public FieldComparisonInfo? Info { get; set; }
}
