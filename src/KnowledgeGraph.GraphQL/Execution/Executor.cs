using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Executes validated documents against one schema (graphql-js's <c>execute</c>). Execution plans are
/// cached with each document, so executing the same document again skips field collection and
/// argument coercion. When every resolver finishes synchronously the returned task is already completed.
/// </summary>
public sealed class Executor
{
    private readonly ConditionalWeakTable<DocumentNode, DocumentPlans> _plans = [];

    /// <summary>Creates an executor for a schema.</summary>
    /// <exception cref="SchemaValidationException">When the schema is not valid.</exception>
    public Executor(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var errors = SchemaValidator.Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }

        Schema = schema;
    }

    /// <summary>The schema documents are executed against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>Executes a request. Request errors (operation, variables) come back as a result without data.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled during execution.</exception>
    public ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Without a synchronization context, continuations of resolvers awaiting data loaders run inline
        // when a batch completes, so the loads they issue join the next batch deterministically.
        var synchronizationContext = SynchronizationContext.Current;
        if (synchronizationContext is null)
        {
            return Execute(request, cancellationToken);
        }

        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return Execute(request, cancellationToken);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(synchronizationContext);
        }
    }

    private ValueTask<ExecutionResult> Execute(ExecutionRequest request, CancellationToken cancellationToken)
    {
        var document = _plans.GetValue(request.Document, static d => new DocumentPlans(d));
        var operation = document.SelectOperation(request.OperationName, out var operationError);
        if (operation is null)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors([operationError!]));
        }

        var variables = VariableValues.Coerce(
            operation.VariableDefinitions,
            document.VariableTypesOf(Schema, operation),
            request.VariableValues ?? new Dictionary<string, object?>(0),
            request.MaxCoercionErrors,
            request.HideSuggestions,
            out var variableErrors);
        if (variables is null)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(variableErrors!));
        }

        var context = new ExecutionContext(document.PlanFor(Schema, operation), variables, request, cancellationToken);
        var running = context.ExecuteOperationAsync();
        return running.IsCompletedSuccessfully
            ? new ValueTask<ExecutionResult>(context.BuildResult())
            : FinishAsync(running, context);
    }

    private static async ValueTask<ExecutionResult> FinishAsync(ValueTask running, ExecutionContext context)
    {
        await running.ConfigureAwait(false);
        return context.BuildResult();
    }

    /// <summary>What is cached with a document: its fragments and the shareable plans of its operations.</summary>
    private sealed class DocumentPlans
    {
        private readonly ConcurrentDictionary<OperationDefinitionNode, OperationPlan> _plans = new(ReferenceEqualityComparer.Instance);
        private readonly ConcurrentDictionary<OperationDefinitionNode, GraphQLType?[]> _variableTypes = new(ReferenceEqualityComparer.Instance);
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);

        public DocumentPlans(DocumentNode document)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case OperationDefinitionNode operation:
                        _operations.Add(operation);
                        break;
                    case FragmentDefinitionNode fragment:
                        _fragments[fragment.Name.Value] = fragment;
                        break;
                }
            }
        }

        // graphql-js's buildExecutionContext: operation selection and its messages.
        public OperationDefinitionNode? SelectOperation(string? operationName, out GraphQLError? error)
        {
            error = null;
            OperationDefinitionNode? selected = null;
            foreach (var operation in _operations)
            {
                if (operationName is null)
                {
                    if (selected is not null)
                    {
                        error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                        return null;
                    }

                    selected = operation;
                }
                else if (operation.Name?.Value == operationName)
                {
                    selected = operation;
                }
            }

            if (selected is null)
            {
                error = new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
            }

            return selected;
        }

        /// <summary>The types of an operation's variables, resolved once per document.</summary>
        public GraphQLType?[] VariableTypesOf(GraphQLSchema schema, OperationDefinitionNode operation) =>
            operation.VariableDefinitions.Count == 0
                ? []
                : _variableTypes.GetOrAdd(operation, static (o, s) => VariableValues.TypesOf(s, o.VariableDefinitions), schema);

        public OperationPlan PlanFor(GraphQLSchema schema, OperationDefinitionNode operation)
        {
            if (_plans.TryGetValue(operation, out var cached))
            {
                return cached;
            }

            var plan = new OperationPlan(schema, operation, _fragments);
            return plan.IsShareable ? _plans.GetOrAdd(operation, plan) : plan;
        }
    }
}
