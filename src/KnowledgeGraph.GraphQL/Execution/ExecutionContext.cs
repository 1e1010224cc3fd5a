using System.Collections.Concurrent;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The state of one execution: the request's inputs, the response being built, the errors in the order
/// they occurred, the async resolvers still running and the request's data loaders. All response
/// mutation happens on one logical thread: async resolvers only enqueue their completion, which the
/// executor's loop processes (graphql-js's single-threaded promise semantics).
/// </summary>
internal sealed partial class ExecutionContext
{
    private ConcurrentQueue<PendingField>? _completed;
    private SemaphoreSlim? _completionSignal;

    // 1 while the executor waits on the completion signal, or is about to (see Wake).
    private int _waiting;
    private List<GraphQLError>? _errors;
    private ArgumentOutcome?[]? _variableArguments;
    private DataLoaderRegistry? _dataLoaders;
    private int _outstanding;

    public ExecutionContext(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionRequest request,
        CancellationToken cancellationToken)
    {
        Plan = plan;
        Variables = variables;
        RootValue = request.RootValue;
        UserContext = request.UserContext;
        Services = request.Services;
        CancellationToken = cancellationToken;
    }

    public OperationPlan Plan { get; }

    public GraphQLSchema Schema => Plan.Schema;

    public OperationDefinitionNode Operation => Plan.Operation;

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public object? UserContext { get; }

    public IServiceProvider? Services { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The response's data object, once execution started.</summary>
    public ResultObject? Data { get; private set; }

    /// <summary>Whether an error nulled the whole data.</summary>
    public bool DataNulled { get; private set; }

    public IReadOnlyList<GraphQLError>? Errors => _errors;

    /// <remarks>
    /// Resolvers may ask for it first from several threads at once; one registry must win, or loads queued in a losing
    /// one would never be dispatched and their fields would wait forever.
    /// </remarks>
    public DataLoaderRegistry DataLoaders =>
        Volatile.Read(ref _dataLoaders) ?? Interlocked.CompareExchange(ref _dataLoaders, new DataLoaderRegistry(WakeForLoads), null) ?? _dataLoaders!;

    /// <summary>Builds the response once nothing is outstanding.</summary>
    public ExecutionResult BuildResult() => new(DataNulled ? null : Data, hasData: true, _errors, extensions: null);

    /// <summary>The arguments of a field execution: cached on the plan, or once per request when they read variables.</summary>
    private ArgumentOutcome GetArguments(FieldPlan field)
    {
        if (!field.ArgumentsUseVariables)
        {
            return field.ConstantArguments;
        }

        var slot = field.VariableArgumentsSlot;
        if (_variableArguments is null || slot >= _variableArguments.Length)
        {
            // Plans grow while executing, so the number of slots is known only once one is needed.
            Array.Resize(ref _variableArguments, Math.Max(slot + 1, (_variableArguments?.Length ?? 2) * 2));
        }

        if (_variableArguments[slot] is not { } outcome)
        {
            var node = field.Nodes[0];
            outcome = ArgumentValues.Coerce(field.Field.Args, node, node.Arguments, Variables);
            _variableArguments[slot] = outcome;
        }

        return outcome;
    }
}
