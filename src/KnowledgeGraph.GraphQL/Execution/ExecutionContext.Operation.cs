using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Execution;

internal sealed partial class ExecutionContext
{
    /// <summary>
    /// graphql-js's <c>executeOperation</c>: query fields run side by side (async resolvers overlap),
    /// mutation fields strictly one after the other, each finished before the next starts. Returns a
    /// completed task when every resolver finished synchronously.
    /// </summary>
    public ValueTask ExecuteOperationAsync()
    {
        var rootType = Schema.GetRootType(Operation.Operation);
        if (rootType is null)
        {
            FailOperation(new GraphQLError($"Schema is not configured to execute {Operation.Operation.ToKeyword()} operation.", Operation));
            return default;
        }

        SelectionPlan rootPlan;
        try
        {
            rootPlan = Plan.GetRootPlan(rootType, this);
        }
        catch (GraphQLError error)
        {
            FailOperation(error);
            return default;
        }

        Data = new ResultObject(rootPlan, parent: null, parentIndex: 0, positionIsNonNull: true);
        if (Operation.Operation == OperationType.Mutation)
        {
            return ExecuteSerially(0);
        }

        if (!ExecuteFields(Data, RootValue))
        {
            DataNulled = true;
            Data.IsNulled = true;
        }

        return _outstanding == 0 ? default : RunUntilIdleAsync();
    }

    private ValueTask ExecuteSerially(int first)
    {
        var data = Data!;
        for (var i = first; i < data.Values.Length; i++)
        {
            if (!ExecuteField(data, i, RootValue, RootValue?.GetType()))
            {
                DataNulled = true;
                data.IsNulled = true;
                return default;
            }

            if (_outstanding > 0)
            {
                return FinishThenExecuteSeriallyAsync(i + 1);
            }
        }

        return default;
    }

    private async ValueTask FinishThenExecuteSeriallyAsync(int next)
    {
        await RunUntilIdleAsync().ConfigureAwait(false);
        if (!DataNulled)
        {
            await ExecuteSerially(next).ConfigureAwait(false);
        }
    }
}
