using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Merging;

/// <summary>
/// A selection set collected for a parent type. Both parts compare by reference (neither type defines
/// equality), so a selection set shared between parent types in a built document gets one entry each.
/// </summary>
internal readonly record struct CollectionKey(GraphQLNamedType? ParentType, SelectionSetNode SelectionSet);
