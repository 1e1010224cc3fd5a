using System.Globalization;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Runs requests from text to response: the document length limit, parsing with a token limit, then
/// validation (both cached per document text), then the depth and cost limits, then execution. Every
/// refusal is a response with errors and no data, as GraphQL-over-HTTP expects for request errors.
/// </summary>
public sealed class GraphQLRequestExecutor
{
    private readonly IDocumentValidator _validator;
    private readonly RequestLimits _limits;
    private readonly Executor _executor;
    private readonly DocumentCache<PreparedDocument> _documents;
    private readonly ParseOptions _parseOptions;

    /// <summary>Creates the pipeline for a schema.</summary>
    /// <param name="schema">The schema requests run against.</param>
    /// <param name="validator">Validates documents; required, since unvalidated documents must not run.</param>
    /// <param name="limits">The limits; the defaults of <see cref="RequestLimits"/> when null.</param>
    /// <exception cref="SchemaValidationException">When the schema is not valid.</exception>
    public GraphQLRequestExecutor(GraphQLSchema schema, IDocumentValidator validator, RequestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(validator);
        _validator = validator;
        _limits = limits ?? new RequestLimits();
        _executor = new Executor(schema);
        _documents = new DocumentCache<PreparedDocument>(_limits.DocumentCacheSize);
        _parseOptions = new ParseOptions { MaxTokens = _limits.MaxTokens };
    }

    /// <summary>The schema requests run against.</summary>
    public GraphQLSchema Schema => _executor.Schema;

    /// <summary>How many documents the parse and validation cache holds.</summary>
    public int CachedDocumentCount => _documents.Count;

    /// <summary>Runs a request.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled during execution.</exception>
    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Query ?? string.Empty;
        if (text.Length > _limits.MaxDocumentLength)
        {
            return Refuse(string.Create(
                CultureInfo.InvariantCulture,
                $"Document length {text.Length} exceeds the maximum of {_limits.MaxDocumentLength} characters."));
        }

        var prepared = _documents.GetOrAdd(text, Prepare);
        if (prepared.Errors.Count > 0)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(prepared.Errors));
        }

        var variables = request.VariableValues ?? new Dictionary<string, object?>(0);
        if (LimitError(prepared, request.OperationName, variables) is { } limitError)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors([limitError]));
        }

        return _executor.ExecuteAsync(
            new ExecutionRequest
            {
                Document = prepared.Document!,
                OperationName = request.OperationName,
                VariableValues = variables,
                RootValue = request.RootValue,
                UserContext = request.UserContext,
                Services = request.Services,
            },
            cancellationToken);
    }

    /// <summary>
    /// The type of the operation a request would run, or null when its document does not parse or validate or does
    /// not select one operation. Hosts use it before executing, to refuse mutations over GET or without the right
    /// credential; the answer comes from the same cache as execution, so asking costs no second parse.
    /// </summary>
    public OperationType? OperationTypeOf(string query, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > _limits.MaxDocumentLength)
        {
            return null;
        }

        var prepared = _documents.GetOrAdd(query, Prepare);
        return prepared.Errors.Count == 0 ? prepared.FindOperation(operationName)?.Operation : null;
    }

    private PreparedDocument Prepare(string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(new Source(text), _parseOptions);
        }
        catch (GraphQLError syntaxError)
        {
            return new PreparedDocument(null, [syntaxError]);
        }

        return new PreparedDocument(document, _validator.Validate(Schema, document));
    }

    private GraphQLError? LimitError(PreparedDocument prepared, string? operationName, IReadOnlyDictionary<string, object?> variables)
    {
        // When no single operation is chosen the executor reports it; there is nothing to measure.
        if (prepared.FindOperation(operationName) is not { } operation)
        {
            return null;
        }

        // Without variables an operation measures the same for every request, so its measure is kept with the document.
        var (depth, deepest, cost) = operation.VariableDefinitions.Count == 0
            ? prepared.ConstantMeasure(operation, Schema, _limits)
            : OperationComplexity.Measure(Schema, operation, prepared.Fragments, variables, _limits);
        if (depth > _limits.MaxDepth)
        {
            return new GraphQLError(
                string.Create(CultureInfo.InvariantCulture, $"Query depth {depth} exceeds the maximum of {_limits.MaxDepth}."),
                deepest);
        }

        return cost > _limits.MaxCost
            ? new GraphQLError(string.Create(CultureInfo.InvariantCulture, $"Query cost {cost} exceeds the maximum of {_limits.MaxCost}."))
            : null;
    }

    private static ValueTask<ExecutionResult> Refuse(string message) =>
        new(ExecutionResult.FromErrors([new GraphQLError(message)]));
}
