using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Names the object type of a value resolved for an interface or union field (graphql-js's
/// <c>resolveType</c>). Returning null, or a name that is not a possible type, is a field error.
/// </summary>
public delegate string? TypeResolver(object value, ResolveFieldContext context, GraphQLNamedType abstractType);
