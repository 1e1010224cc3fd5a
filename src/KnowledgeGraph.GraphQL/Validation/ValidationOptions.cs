namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>Options for <see cref="DocumentValidator.Validate"/>, as graphql-js's <c>validate</c> takes them.</summary>
public sealed class ValidationOptions
{
    /// <summary>
    /// How many errors are reported before validation stops with
    /// <c>Too many validation errors, error limit reached. Validation aborted.</c>
    /// <value>The default is 100.</value>
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// Whether messages leave out "Did you mean" suggestions, which can reveal the names of a schema's
    /// types, fields and arguments. <value>The default is <see langword="false"/>.</value>
    /// </summary>
    public bool HideSuggestions { get; init; }
}
