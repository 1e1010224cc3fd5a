using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Execution;

internal sealed partial class ExecutionContext
{
    private Dictionary<ResultObject, DeferredFailure>? _deferredFailures;
    private List<ResultObject>? _settledDeferrals;
    private int _parkedCount;

    /// <summary>
    /// A non-null field of <paramref name="target"/> failed synchronously while earlier fields of it are still
    /// resolving. graphql-js's <c>executeFields</c> then waits for those fields before failing the object, so their
    /// errors are reported first; here the object stays as it is until they settle (or one fails it), and the
    /// error, the last one reported, is held back until then.
    /// </summary>
    private bool DeferFailure(ResultObject target, int fieldIndex, int pending)
    {
        var errors = _errors!;
        var error = errors[^1];
        errors.RemoveAt(errors.Count - 1);
        (_deferredFailures ??= []).Add(target, new DeferredFailure(error, fieldIndex, pending));
        return true;
    }

    /// <summary>Counts a field parked under the waited-for fields of objects whose failure is deferred.</summary>
    private void CountDeferredWork(ResultNode container, int index, int delta)
    {
        var deferred = _deferredFailures!;
        for (ResultNode? node = container; node is not null; index = node.ParentIndex, node = node.Parent)
        {
            if (node is ResultObject result && deferred.TryGetValue(result, out var failure) && index < failure.FieldIndex)
            {
                failure.Pending += delta;
                if (failure.Pending == 0)
                {
                    (_settledDeferrals ??= []).Add(result);
                }
            }
        }
    }

    /// <summary>
    /// Throws the held errors of the objects whose waited-for fields all settled, in the order they settled, once
    /// nothing else is outstanding. graphql-js throws each a few promise turns after its Promise.all resolves, after
    /// the other resolvers that finish in the same turns; waiting for every resolver is what the executor can
    /// observe of that without promise turns of its own.
    /// </summary>
    private void RaiseSettledDeferrals()
    {
        if (_settledDeferrals is not { } settled)
        {
            return;
        }

        foreach (var result in settled)
        {
            if (_deferredFailures!.Remove(result, out var failure))
            {
                Raise(result, failure.FieldIndex, failure.Error);
            }
        }

        settled.Clear();
    }

    /// <summary>
    /// Fails <paramref name="node"/>, whose non-null value at <paramref name="failedIndex"/> failed with
    /// <paramref name="error"/>, and nulls the nearest nullable position at or above it, where the error is reported
    /// (graphql-js's <c>handleFieldError</c>) unless that position is already in a nulled tree. A failure reaching an
    /// object whose own failure is deferred fails it with its held error instead, as graphql-js's Promise.all rejects
    /// and its <c>finally</c> throws the held error; a failure coming from the failed field of such an object goes
    /// nowhere, as graphql-js leaves that field's promises unobserved.
    /// </summary>
    private void Raise(ResultNode node, int failedIndex, GraphQLError error)
    {
        if (node.IsInNulledTree())
        {
            return;
        }

        for (var current = node; ; failedIndex = current.ParentIndex, current = current.Parent)
        {
            if (current is ResultObject result && _deferredFailures is { } deferred && deferred.TryGetValue(result, out var failure))
            {
                if (failedIndex >= failure.FieldIndex)
                {
                    return;
                }

                deferred.Remove(result);
                error = failure.Error;
            }

            current.IsNulled = true;
            if (current.Parent is null)
            {
                DataNulled = true;
                break;
            }

            if (!current.PositionIsNonNull)
            {
                current.Parent.Set(current.ParentIndex, null);
                break;
            }
        }

        Report(error);
    }

    /// <summary>An object's held failure: its error, the field that failed, and how many parked fields it still waits for.</summary>
    private sealed class DeferredFailure(GraphQLError error, int fieldIndex, int pending)
    {
        public GraphQLError Error { get; } = error;

        public int FieldIndex { get; } = fieldIndex;

        public int Pending { get; set; } = pending;
    }
}
