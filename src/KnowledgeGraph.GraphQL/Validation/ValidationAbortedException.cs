using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Stops a validation part-way, as graphql-js does by throwing from inside a rule: when the error limit
/// is reached, or when the work a document causes exceeds a budget. The validator catches it and
/// appends <see cref="Error"/> to the errors found so far.
/// </summary>
internal sealed class ValidationAbortedException : Exception
{
    /// <summary>The message graphql-js gives when a work budget is exceeded.</summary>
    public const string AbortedMessage = "Validation aborted.";

    /// <summary>The message graphql-js gives when the error limit is reached.</summary>
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    public ValidationAbortedException(GraphQLError error)
        : base(error.Message) => Error = error;

    /// <summary>The error that ends the list of validation errors.</summary>
    public GraphQLError Error { get; }
}
