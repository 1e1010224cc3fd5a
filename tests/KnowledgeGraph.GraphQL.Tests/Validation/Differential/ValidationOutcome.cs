using System.Text.Json;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Tests.TestUtilities;
using KnowledgeGraph.GraphQL.Tests.Validation.Harness;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>
/// What validating one case gives, in a form both implementations produce: every error as
/// "message @ line:column, ..." in order, or the syntax error when the document does not parse.
/// graphql-js's <c>validate</c> can also throw (see AllowedDifferences.md); then <see cref="Thrown"/> holds
/// what it threw and <see cref="Errors"/> what it returns with the throwing rule left out.
/// </summary>
public sealed record ValidationOutcome(string? SyntaxError, IReadOnlyList<string> Errors, string? Thrown)
{
    /// <summary>Reads graphql-js's answer for one case.</summary>
    public static ValidationOutcome FromReference(JsonElement result)
    {
        if (result.TryGetProperty("syntaxError", out var syntaxError))
        {
            return new ValidationOutcome(Describe(syntaxError), [], null);
        }

        var thrown = result.TryGetProperty("thrown", out var thrownError) ? Describe(thrownError) : null;
        var errors = result.GetProperty("errors").EnumerateArray().Select(Describe).ToArray();
        return new ValidationOutcome(null, errors, thrown);
    }

    /// <summary>Parses and validates one case with our parser and validator.</summary>
    public static ValidationOutcome FromOurs(ValidationCase validationCase, IReadOnlyList<ValidationRule>? rules = null)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(validationCase.Source);
        }
        catch (GraphQLError error)
        {
            return new ValidationOutcome(ValidationHarness.Describe(error), [], null);
        }

        var options = new ValidationOptions
        {
            MaxErrors = validationCase.MaxErrors ?? 100,
            HideSuggestions = validationCase.HideSuggestions ?? false,
        };
        var errors = DocumentValidator.Validate(ValidationCorpus.Schemas[validationCase.Schema], document, rules, options);
        return new ValidationOutcome(null, [.. errors.Select(e => GraphQLJs.ReplaceLoneSurrogates(ValidationHarness.Describe(e)))], null);
    }

    private static string Describe(JsonElement error)
    {
        var locations = error.TryGetProperty("locations", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(l => (l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32())).ToArray()
            : [];
        return new ExpectedError(error.GetProperty("message").GetString()!, locations).ToString();
    }
}
