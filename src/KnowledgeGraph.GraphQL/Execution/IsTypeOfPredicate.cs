namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Tells whether a resolved value belongs to an object type (graphql-js's <c>isTypeOf</c>).</summary>
public delegate bool IsTypeOfPredicate(object value, ResolveFieldContext context);
