using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The fields collected for one object type from one or more selection sets (graphql-js's
/// <c>collectFields</c> result), in response order, each with what executing it needs. Built once per
/// (selection, runtime type) and reused for every object of that type, across requests when the
/// operation has no variable-dependent <c>@skip</c>/<c>@include</c>.
/// </summary>
internal sealed class SelectionPlan(GraphQLObjectType type, FieldPlan[] fields)
{
    /// <summary>The object type the fields were collected for.</summary>
    public GraphQLObjectType Type { get; } = type;

    /// <summary>The fields by response name, in order.</summary>
    public FieldPlan[] Fields { get; } = fields;
}
