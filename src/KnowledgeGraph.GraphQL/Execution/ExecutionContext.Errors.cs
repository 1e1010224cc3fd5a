using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Execution;

internal sealed partial class ExecutionContext
{
    /// <summary>
    /// Reports an error of the field or list item at <paramref name="index"/> of <paramref name="container"/>
    /// and returns false. graphql-js adds the error when it reaches the nearest nullable position;
    /// nothing else runs in between, so adding it here keeps the same order.
    /// </summary>
    private bool Fail(Exception error, in ResolveFieldContext field, ResultNode container, int index)
    {
        Report(Locate(error, field.Plan.Nodes, container, index));
        return false;
    }

    /// <summary>Reports an error that nulls the whole data (graphql-js's error at the undefined path).</summary>
    public void FailOperation(GraphQLError error)
    {
        Report(error);
        DataNulled = true;
        if (Data is not null)
        {
            Data.IsNulled = true;
        }
    }

    private void Report(GraphQLError error) => (_errors ??= []).Add(error);

    // graphql-js's locatedError: an error that already has a path is kept; any other gets the field's
    // nodes (unless it has its own) and the response path.
    private static GraphQLError Locate(Exception error, Language.FieldNode[] nodes, ResultNode container, int index)
    {
        var graphQLError = error as GraphQLError;
        if (graphQLError?.Path is not null)
        {
            return graphQLError;
        }

        return new GraphQLError(
            error.Message,
            graphQLError?.Nodes ?? nodes,
            graphQLError?.DocumentSource,
            graphQLError?.Positions,
            ResultNode.PathOf(container, index),
            error);
    }
}
