using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly ValidationRule Rule = context => new UniqueDirectivesPerLocationRule(context);

    [Fact]
    public void Accepts_one_directive_of_each_name_per_location() => ExpectValid(Rule, """
        fragment Test on Type @onField {
          field @skip(if: true) @include(if: true)
          field @skip(if: false)
          ... @skip(if: true) { field @skip(if: true) }
        }
        """);

    [Fact]
    public void Accepts_repeatable_directives_and_unknown_ones_more_than_once() => ExpectValid(Rule, """
        directive @repeatable repeatable on FIELD
        { field @repeatable @repeatable @unknown @unknown }
        """);

    [Fact]
    public void Reports_each_repetition_against_the_first_use() => ExpectErrors(Rule, """
        fragment Test on Type {
          field @skip(if: true) @include(if: true) @skip(if: false) @skip(if: true) @include(if: false)
        }
        """,
        Error("The directive \"@skip\" can only be used once at this location.", (2, 9), (2, 44)),
        Error("The directive \"@skip\" can only be used once at this location.", (2, 9), (2, 61)),
        Error("The directive \"@include\" can only be used once at this location.", (2, 25), (2, 77)));

    [Fact]
    public void Counts_a_type_definition_and_its_extensions_as_one_location() => ExpectErrors(Rule, """
        type TestType @onField
        extend type TestType @onField
        schema @onField { query: TestType }
        extend schema @onField
        """,
        Error("The directive \"@onField\" can only be used once at this location.", (1, 15), (2, 22)),
        Error("The directive \"@onField\" can only be used once at this location.", (3, 8), (4, 15)));

    [Fact]
    public void Rejects_the_specifications_repeated_skip() => ExpectErrors(Rule, """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) @skip(if: $bar)
        }
        """,
        Error("The directive \"@skip\" can only be used once at this location.", (2, 9), (2, 25)));
}
