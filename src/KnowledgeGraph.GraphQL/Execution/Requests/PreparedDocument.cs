using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

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
    }

    /// <summary>The parsed document; null after a syntax error.</summary>
    public DocumentNode? Document { get; }

    /// <summary>The syntax or validation errors; empty when the document may run.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The operation a request would run: the named one, or the only one; null otherwise.</summary>
    public OperationDefinitionNode? FindOperation(string? operationName)
    {
        var operations = Document!.Definitions.OfType<OperationDefinitionNode>();
        return operationName is null
            ? operations.Take(2).Count() == 1 ? operations.First() : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }
}
