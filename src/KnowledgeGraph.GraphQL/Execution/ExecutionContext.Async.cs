using System.Collections.Concurrent;

namespace KnowledgeGraph.GraphQL.Execution;

internal sealed partial class ExecutionContext
{
    /// <summary>Parks a field whose resolver has not finished; its completion is processed by <see cref="RunUntilIdleAsync"/>.</summary>
    private void Park(ValueTask<object?> resolving, in ResolveFieldContext context)
    {
        context.Container.Values[context.Index] = ResultNode.Pending;

        // Created with the first parked field: requests whose resolvers all finish synchronously never need them.
        _completed ??= new ConcurrentQueue<PendingField>();
        _completionSignal ??= new SemaphoreSlim(0);
        _outstanding++;
        _parkedCount++;
        if (_deferredFailures is { Count: > 0 })
        {
            CountDeferredWork(context.Container, context.Index, 1);
        }

        new PendingField(this, resolving, context).Start();
    }

    /// <summary>Called (on any thread) when a parked resolver finished.</summary>
    private void OnResolved(PendingField field)
    {
        _completed!.Enqueue(field);
        Wake();
    }

    /// <summary>
    /// Called (on any thread) when a data loader queues a key. A resolver that resumed off the executor's thread (after
    /// its own I/O, say) may load while the executor waits for completions; waking it lets it dispatch that load.
    /// </summary>
    private void WakeForLoads() => Wake();

    // The signal is released only when the executor has said it waits: nearly every completion comes while it is busy
    // (a data loader completes its fields inline, during the executor's dispatch), and then costs no release. The
    // exchanges are full fences, so either the executor's look after saying it waits sees the work, or the waker sees
    // that it waits.
    private void Wake()
    {
        if (Interlocked.Exchange(ref _waiting, 0) == 1)
        {
            _completionSignal!.Release();
        }
    }

    /// <summary>
    /// Processes finished resolvers until none is outstanding. When nothing is ready, the data loaders
    /// holding keys are dispatched first: every load issued by the work done so far goes into one batch.
    /// </summary>
    private async ValueTask RunUntilIdleAsync()
    {
        var completed = _completed!;
        var completionSignal = _completionSignal!;
        while (_outstanding > 0)
        {
            while (completed.TryDequeue(out var field))
            {
                ProcessResolved(field);
            }

            if (_outstanding == 0 || !completed.IsEmpty)
            {
                continue;
            }

            if (Volatile.Read(ref _dataLoaders) is { HasPendingLoads: true } loaders)
            {
                // WaitAsync: a batch function that ignores the token must not hold up a cancelled request.
                await loaders.DispatchAsync(CancellationToken).WaitAsync(CancellationToken).ConfigureAwait(false);
                continue;
            }

            Interlocked.Exchange(ref _waiting, 1);
            if (!completed.IsEmpty || Volatile.Read(ref _dataLoaders) is { HasPendingLoads: true })
            {
                // Work came before the waiting was said. A waker that saw it anyway has released the signal; that
                // permit only makes a later wait return at once, and the loop looks again.
                Interlocked.Exchange(ref _waiting, 0);
                continue;
            }

            await completionSignal.WaitAsync(CancellationToken).ConfigureAwait(false);
        }

        RaiseSettledDeferrals();
    }

    private void ProcessResolved(PendingField pending)
    {
        _outstanding--;
        CompleteResolved(pending);
        if (_deferredFailures is { Count: > 0 })
        {
            CountDeferredWork(pending.Context.Container, pending.Context.Index, -1);
        }
    }

    private void CompleteResolved(PendingField pending)
    {
        var context = pending.Context;
        var target = context.Container;
        var index = context.Index;
        object? result = null;
        Exception? failure = null;
        try
        {
            result = pending.Resolving.GetAwaiter().GetResult();
        }
        catch (Exception error) when (!IsAbort(error))
        {
            failure = error;
        }

        // Like graphql-js 16.15, a late result or error below a position already nulled is dropped.
        if (target.IsInNulledTree())
        {
            target.Values[index] = null;
            return;
        }

        var type = context.Plan.Field.Type;
        var completed = failure is null
            ? CompleteValue(type, in context, target, index, result)
            : Fail(failure, in context, target, index);
        if (!Settle(completed, type, target, index))
        {
            // The error goes up with the failure and is reported where it stops (see Raise).
            var errors = _errors!;
            var error = errors[^1];
            errors.RemoveAt(errors.Count - 1);
            Raise(target, index, error);
        }
    }

    /// <summary>A parked field: its resolver's task and everything needed to complete it later.</summary>
    private sealed class PendingField(ExecutionContext owner, ValueTask<object?> resolving, ResolveFieldContext context)
    {
        public ValueTask<object?> Resolving { get; } = resolving;

        public ResolveFieldContext Context { get; } = context;

        public void Start() => Resolving.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => owner.OnResolved(this));
    }
}
