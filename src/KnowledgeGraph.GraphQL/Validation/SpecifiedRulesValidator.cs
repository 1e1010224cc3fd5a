using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// The request pipeline's validator: the specified rules (<see cref="SpecifiedRules.All"/>), then any
/// rules a host adds, in one walk of the document, as graphql-js validates a request.
/// </summary>
/// <example><code>
/// var pipeline = new GraphQLRequestExecutor(schema, new SpecifiedRulesValidator());
/// </code></example>
public sealed class SpecifiedRulesValidator : IDocumentValidator
{
    private readonly IReadOnlyList<ValidationRule> _rules;
    private readonly ValidationOptions? _options;

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The error limit and whether to hide suggestions; <value>the default is <see cref="ValidationOptions"/>' defaults.</value></param>
    /// <param name="additionalRules">Rules to apply after the specified ones; <value>the default is none.</value></param>
    public SpecifiedRulesValidator(ValidationOptions? options = null, IReadOnlyList<ValidationRule>? additionalRules = null)
    {
        _options = options;
        _rules = additionalRules is { Count: > 0 } ? [.. SpecifiedRules.All, .. additionalRules] : SpecifiedRules.All;
    }

    /// <inheritdoc/>
    public IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document) =>
        DocumentValidator.Validate(schema, document, _rules, _options);
}
