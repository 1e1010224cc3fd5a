using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema, as graphql-js's <c>validate</c> does: every rule
/// runs in one walk of the document, with type information kept in step, and the errors come back in
/// the order the walk found them.
/// </summary>
public static class DocumentValidator
{
    /// <summary>Validates <paramref name="document"/>; an empty list means it is valid.</summary>
    /// <param name="schema">The schema to validate against.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="rules">The rules to apply; <value>the default is <see cref="SpecifiedRules.All"/>.</value></param>
    /// <param name="options">The error limit and whether to hide suggestions; <value>the default is <see cref="ValidationOptions"/>' defaults.</value></param>
    /// <exception cref="SchemaValidationException">The schema itself is invalid (checked once per schema).</exception>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRule>? rules = null,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var schemaErrors = SchemaValidator.Validate(schema);
        if (schemaErrors.Count > 0)
        {
            throw new SchemaValidationException(schemaErrors);
        }

        rules ??= SpecifiedRules.All;
        var maxErrors = options?.MaxErrors ?? 100;
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(
            schema,
            document,
            typeInfo,
            error =>
            {
                if (errors.Count >= maxErrors)
                {
                    throw new ValidationAbortedException(new GraphQLError(ValidationAbortedException.TooManyErrorsMessage));
                }

                errors.Add(error);
            },
            options?.HideSuggestions ?? false);

        var visitors = new ASTVisitor[rules.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            visitors[i] = rules[i](context);
        }

        try
        {
            Visitor.Visit(document, new TypeInfoVisitor(typeInfo, new RuleDispatcher(visitors, RuleDispatchPlan.For(rules, visitors)), skipsDescriptions: true));
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(aborted.Error);
        }

        return errors;
    }
}
