using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Harness;

/// <summary>
/// graphql-js's validation test harness: validate a document with one rule against a schema (the
/// harness schema unless another is given) and assert every error's message and locations, in order.
/// </summary>
public static class ValidationHarness
{
    /// <summary>Asserts the rule finds nothing wrong with the document.</summary>
    public static void ExpectValid(ValidationRule rule, string document, GraphQLSchema? schema = null) =>
        ExpectErrors(rule, document, schema);

    /// <summary>Asserts the rule reports exactly the expected errors against the harness schema.</summary>
    public static void ExpectErrors(ValidationRule rule, string document, params ExpectedError[] expected) =>
        ExpectErrors(rule, document, schema: null, expected);

    /// <summary>Asserts the rule reports exactly the expected errors against a schema.</summary>
    public static void ExpectErrors(ValidationRule rule, string document, GraphQLSchema? schema, params ExpectedError[] expected) =>
        AssertErrors(expected, Validate(document, [rule], schema));

    /// <summary>Validates with the given rules (all specified rules by default).</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        string document,
        IReadOnlyList<ValidationRule>? rules = null,
        GraphQLSchema? schema = null,
        ValidationOptions? options = null) =>
        DocumentValidator.Validate(schema ?? TestSchemas.Harness, Parser.Parse(document), rules, options);

    /// <summary>Asserts errors equal the expected ones, messages and locations, in order.</summary>
    public static void AssertErrors(IReadOnlyList<ExpectedError> expected, IReadOnlyList<GraphQLError> actual)
    {
        var expectedLines = expected.Select(error => error.ToString()).ToArray();
        var actualLines = actual.Select(Describe).ToArray();
        if (!expectedLines.SequenceEqual(actualLines))
        {
            Assert.Fail($"Expected:\n  {string.Join("\n  ", expectedLines)}\nActual:\n  {string.Join("\n  ", actualLines)}");
        }
    }

    /// <summary>An error as <see cref="ExpectedError"/> prints one.</summary>
    public static string Describe(GraphQLError error) =>
        new ExpectedError(error.Message, [.. (error.Locations ?? []).Select(l => (l.Line, l.Column))]).ToString();

    /// <summary>An expected error, for brevity in tests.</summary>
    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);
}
