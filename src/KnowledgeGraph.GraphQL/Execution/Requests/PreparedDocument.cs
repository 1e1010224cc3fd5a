using System.Collections.Concurrent;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>What the request pipeline caches per document text: the document, or why it cannot run.</summary>
internal sealed class PreparedDocument
{
    public PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Document = document;
        Errors = errors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var fragment in document?.Definitions.OfType<FragmentDefinitionNode>() ?? [])
        {
            fragments[fragment.Name.Value] = fragment;
        }

        Fragments = fragments;
        _operations = document?.Definitions.OfType<OperationDefinitionNode>().ToArray() ?? [];
    }

    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    private readonly OperationDefinitionNode[] _operations;

    // Measures of operations without variables, which come out the same for every request.
    private readonly ConcurrentDictionary<OperationDefinitionNode, (int Depth, FieldNode? DeepestField, long Cost)> _constantMeasures = new();

    /// <summary>The parsed document; null after a syntax error.</summary>
    public DocumentNode? Document { get; }

    /// <summary>The syntax or validation errors; empty when the document may run.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The operation a request would run: the named one, or the only one; null otherwise.</summary>
    public OperationDefinitionNode? FindOperation(string? operationName)
    {
        if (operationName is null)
        {
            return _operations.Length == 1 ? _operations[0] : null;
        }

        foreach (var operation in _operations)
        {
            if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        return null;
    }

    /// <summary>The measure of an operation that declares no variables, taken once and kept with the document.</summary>
    public (int Depth, FieldNode? DeepestField, long Cost) ConstantMeasure(OperationDefinitionNode operation, GraphQLSchema schema, RequestLimits limits)
    {
        if (operation.VariableDefinitions.Count > 0)
        {
            throw new ArgumentException("An operation with variables measures differently per request.", nameof(operation));
        }

        return _constantMeasures.GetOrAdd(
            operation,
            static (operation, state) => OperationComplexity.Measure(state.schema, operation, state.Fragments, NoVariables, state.limits),
            (schema, Fragments, limits));
    }
}
