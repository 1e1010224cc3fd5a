using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// A schema could not be built or is invalid. The message joins every error's message with blank lines,
/// as graphql-js's <c>assertValidSchema</c> and <c>assertValidSDL</c> do; <see cref="Errors"/> keeps
/// them with their SDL locations.
/// </summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception for a non-empty list of errors.</summary>
    public SchemaValidationException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join("\n\n", (errors ?? throw new ArgumentNullException(nameof(errors))).Select(e => e.Message)))
    {
        Errors = errors;
    }

    /// <summary>The errors, in the order they were found.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}
