using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The response of a request (the spec's "Response"): data (objects as ordered read-only dictionaries,
/// lists as read-only lists, leaves as serialized values), errors in the order they occurred, and
/// extensions. Write it as JSON with <see cref="ResponseWriter"/>.
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="data">The data, or null.</param>
    /// <param name="hasData">Whether the response has a <c>data</c> entry (false when the request failed before execution).</param>
    /// <param name="errors">The errors, or null for none.</param>
    /// <param name="extensions">The extensions, or null for none.</param>
    public ExecutionResult(
        IReadOnlyDictionary<string, object?>? data,
        bool hasData,
        IReadOnlyList<GraphQLError>? errors,
        IReadOnlyDictionary<string, object?>? extensions)
    {
        Data = data;
        HasData = hasData;
        Errors = errors is { Count: > 0 } ? errors : null;
        Extensions = extensions;
    }

    /// <summary>The data, or null when execution did not start or an error nulled it entirely.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>Whether the response has a <c>data</c> entry; false for request errors (parsing, validation, variables).</summary>
    public bool HasData { get; }

    /// <summary>The errors, or null when there were none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>The extensions, or null when there are none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>A result for a request that failed before execution: errors and no data.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, hasData: false, errors, null);

    /// <summary>A copy of this result with the given extensions.</summary>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?>? extensions) => new(Data, HasData, Errors, extensions);
}
