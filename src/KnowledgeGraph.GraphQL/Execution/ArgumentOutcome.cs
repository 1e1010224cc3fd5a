using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Coerced argument values, or the error that prevented coercing them.</summary>
internal sealed class ArgumentOutcome
{
    private readonly string? _errorMessage;
    private readonly INode? _errorNode;

    private ArgumentOutcome(IReadOnlyDictionary<string, object?>? values, string? errorMessage, INode? errorNode)
    {
        Values = values;
        _errorMessage = errorMessage;
        _errorNode = errorNode;
    }

    public static ArgumentOutcome Empty { get; } = new(NamedValues.Empty, null, null);

    /// <summary>The values, or null when coercion failed.</summary>
    public IReadOnlyDictionary<string, object?>? Values { get; }

    public static ArgumentOutcome Success(IReadOnlyDictionary<string, object?> values) => new(values, null, null);

    public static ArgumentOutcome Failure(string message, INode node) => new(null, message, node);

    /// <summary>A new error for the failure (each field execution reports its own, with its own path).</summary>
    public GraphQLError CreateError() => new(_errorMessage!, _errorNode);
}
