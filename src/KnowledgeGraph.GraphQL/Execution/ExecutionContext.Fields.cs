using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

internal sealed partial class ExecutionContext
{
    /// <summary>
    /// Executes every field of <paramref name="target"/>'s plan against <paramref name="source"/>.
    /// Returns false when a non-null field failed, so the object itself must become null; the remaining
    /// fields are then not executed, as in graphql-js where the error aborts the loop. When earlier fields
    /// are still resolving, the failure waits for them (<see cref="DeferFailure"/>) and true is returned.
    /// </summary>
    private bool ExecuteFields(ResultObject target, object? source)
    {
        var plan = target.Plan;
        var sourceType = source?.GetType();
        var stored = 0UL;
        if (sourceType is not null && plan.LeafReadsFor(sourceType) is { } reads)
        {
            CancellationToken.ThrowIfCancellationRequested();
            stored = reads(source!, target.Values);
            if (stored == plan.AllFields)
            {
                return true;
            }
        }

        var fields = plan.Fields;
        var parkedAtStart = _parkedCount;
        for (var i = 0; i < fields.Length; i++)
        {
            if (i < 64 && (stored & (1UL << i)) != 0)
            {
                continue;
            }

            var parkedBeforeField = _parkedCount;
            if (!ExecuteField(target, i, source, sourceType))
            {
                return parkedBeforeField != parkedAtStart && DeferFailure(target, i, parkedBeforeField - parkedAtStart);
            }
        }

        return true;
    }

    /// <summary>
    /// graphql-js's <c>executeField</c>: resolves one field and completes its value into
    /// <paramref name="target"/>. A resolver that does not finish synchronously is parked and completed
    /// later by the executor loop. Returns false when the field's non-null position had to be nulled.
    /// </summary>
    private bool ExecuteField(ResultObject target, int index, object? source, Type? sourceType)
    {
        var field = target.Plan.Fields[index];
        if (field.IsTypeName)
        {
            target.Values[index] = field.ParentType.Name;
            return true;
        }

        CancellationToken.ThrowIfCancellationRequested();
        var arguments = GetArguments(field);
        if (arguments.Values is not { } values)
        {
            Report(Locate(arguments.CreateError(), field.Nodes, target, index));
            return Settle(completed: false, field.Field.Type, target, index);
        }

        var context = new ResolveFieldContext(this, field, source, values, target, index);
        object? result;
        try
        {
            if (field.DefaultReader is { } reader)
            {
                // A property read needs no resolver call, and a value already in its serialized form no completion.
                result = sourceType is null ? null : reader.Read(source!, sourceType);
                if (field.Leaf.StoresAsIs(result))
                {
                    target.Values[index] = result;
                    return true;
                }

                if (result is Task && !TryAwaitNow(TaskValues.Resolve(result), in context, out result))
                {
                    return true;
                }
            }
            else if (!TryAwaitNow(field.Resolver(context), in context, out result))
            {
                return true;
            }
        }
        catch (Exception error) when (!IsAbort(error))
        {
            return Settle(Fail(error, in context, target, index), field.Field.Type, target, index);
        }

        return Settle(CompleteValue(field.Field.Type, in context, target, index, result), field.Field.Type, target, index);
    }

    /// <summary>The result of a resolver that finished synchronously; a pending one is parked and false returned.</summary>
    private bool TryAwaitNow(ValueTask<object?> pending, in ResolveFieldContext context, out object? result)
    {
        if (!pending.IsCompleted)
        {
            Park(pending, in context);
            result = null;
            return false;
        }

        result = pending.GetAwaiter().GetResult();
        return true;
    }

    /// <summary>
    /// The end of a field's or list item's completion (graphql-js's <c>handleFieldError</c>): a failed
    /// nullable position becomes null and execution goes on; a failed non-null position makes the
    /// enclosing value fail too.
    /// </summary>
    private static bool Settle(bool completed, GraphQLType positionType, ResultNode container, int index)
    {
        if (completed)
        {
            return true;
        }

        if (positionType.Kind == TypeKind.NonNull)
        {
            return false;
        }

        container.Null(index);
        return true;
    }

    /// <summary>Whether an exception means the request was cancelled, which aborts execution instead of becoming a field error.</summary>
    private bool IsAbort(Exception error) => error is OperationCanceledException && CancellationToken.IsCancellationRequested;
}
