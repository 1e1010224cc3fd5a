using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>
/// Our validation against graphql-js 16's <c>validate(schema, parse(document))</c> on every case of
/// <see cref="ValidationCorpus"/>: every error's message and locations, in order, must be identical.
/// The one allowed difference is described in AllowedDifferences.md.
/// </summary>
public sealed class ValidationDifferentialTests(ValidationReferenceFixture reference) : IClassFixture<ValidationReferenceFixture>
{
    public static TheoryData<string> CaseNames => new(ValidationCorpus.All.Select(c => c.Name));

    [Fact]
    public void The_corpus_has_at_least_two_hundred_documents_over_several_schemas()
    {
        Assert.True(ValidationCorpus.All.Count >= 200);
        Assert.True(ValidationCorpus.All.Select(c => c.Schema).Distinct().Count() >= 2);
        Assert.Equal(ValidationCorpus.All.Count, ValidationCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Validates_exactly_as_graphql_js(string caseName)
    {
        var validationCase = ValidationCorpus.Named(caseName);
        var expected = reference[caseName];

        // graphql-js throws where it cannot evaluate @skip/@include on a subscription's root selections
        // (AllowedDifferences.md); the other rules must still agree.
        var rules = expected.Thrown is null ? null : RulesWithoutSingleFieldSubscriptions;
        var ours = ValidationOutcome.FromOurs(validationCase, rules);

        Assert.Equal(expected.SyntaxError, ours.SyntaxError);
        Assert.Equal(expected.Errors, ours.Errors);
        if (expected.Thrown is not null)
        {
            Assert.Matches(AllowedDifferences.ThrownBySingleFieldSubscriptions, expected.Thrown);
        }
    }

    private static IReadOnlyList<ValidationRule> RulesWithoutSingleFieldSubscriptions { get; } = WithoutSingleFieldSubscriptions();

    private static List<ValidationRule> WithoutSingleFieldSubscriptions()
    {
        var schema = Harness.TestSchemas.Harness;
        var context = new ValidationContext(schema, new DocumentNode(), new TypeInfo(schema), _ => { }, hideSuggestions: false);
        return [.. SpecifiedRules.All.Where(rule => rule(context) is not SingleFieldSubscriptionsRule)];
    }
}
