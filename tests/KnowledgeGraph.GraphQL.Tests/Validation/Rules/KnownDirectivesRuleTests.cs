using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownDirectivesRuleTests
{
    private static readonly ValidationRule Rule = context => new KnownDirectivesRule(context);

    [Fact]
    public void Accepts_known_directives_at_their_locations() => ExpectValid(Rule, """
        query ($var: Boolean) {
          dog @include(if: $var) { name }
          human @skip(if: false) { name @onField }
          ... @include(if: true) { cat { name } }
          ...Frag @skip(if: true)
        }
        fragment Frag on QueryRoot { dog { name } }
        """);

    [Fact]
    public void Rejects_unknown_directives_wherever_they_are() => ExpectErrors(Rule, """
        query Foo($var: Boolean @unknown) @unknown {
          dog @unknown { name @unknown }
        }
        """,
        Error("Unknown directive \"@unknown\".", (1, 25)),
        Error("Unknown directive \"@unknown\".", (1, 35)),
        Error("Unknown directive \"@unknown\".", (2, 7)),
        Error("Unknown directive \"@unknown\".", (2, 23)));

    [Fact]
    public void Names_the_location_a_directive_is_misplaced_at() => ExpectErrors(Rule, """
        query Foo($var: Boolean @onField) @include(if: true) {
          name @include(if: true) @deprecated
          ... @onField { name }
        }
        mutation Bar @onField { someField }
        subscription Baz @skip(if: true) { someField }
        fragment F on Dog @include(if: true) { name }
        """,
        Error("Directive \"@onField\" may not be used on VARIABLE_DEFINITION.", (1, 25)),
        Error("Directive \"@include\" may not be used on QUERY.", (1, 35)),
        Error("Directive \"@deprecated\" may not be used on FIELD.", (2, 27)),
        Error("Directive \"@onField\" may not be used on INLINE_FRAGMENT.", (3, 7)),
        Error("Directive \"@onField\" may not be used on MUTATION.", (5, 14)),
        Error("Directive \"@skip\" may not be used on SUBSCRIPTION.", (6, 18)),
        Error("Directive \"@include\" may not be used on FRAGMENT_DEFINITION.", (7, 19)));

    [Fact]
    public void Knows_directives_the_document_defines_with_their_locations() => ExpectErrors(Rule, """
        directive @local on FIELD | QUERY
        query @local { dog @local { name } ... @local { name } }
        """,
        Error("Directive \"@local\" may not be used on INLINE_FRAGMENT.", (2, 40)));

    [Fact]
    public void Checks_type_system_locations_telling_input_fields_from_arguments() => ExpectErrors(Rule, """
        type T @onField { f(a: Int @onField): String @onField }
        input I @onField { a: Int @onField @deprecated }
        extend input I { b: Int @deprecated @onField }
        """,
        Error("Directive \"@onField\" may not be used on OBJECT.", (1, 8)),
        Error("Directive \"@onField\" may not be used on ARGUMENT_DEFINITION.", (1, 28)),
        Error("Directive \"@onField\" may not be used on FIELD_DEFINITION.", (1, 46)),
        Error("Directive \"@onField\" may not be used on INPUT_OBJECT.", (2, 9)),
        Error("Directive \"@onField\" may not be used on INPUT_FIELD_DEFINITION.", (2, 27)),
        Error("Directive \"@onField\" may not be used on ARGUMENT_DEFINITION.", (3, 37)));

    [Fact]
    public void Rejects_the_specifications_skip_on_a_query() => ExpectErrors(Rule, """
        query @skip(if: $foo) {
          field
        }
        """,
        Error("Directive \"@skip\" may not be used on QUERY.", (1, 7)));
}
