using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedVariablesRuleTests
{
    private static readonly ValidationRule Rule = context => new NoUnusedVariablesRule(context);

    [Fact]
    public void Accepts_variables_used_directly_in_directives_and_through_fragments() => ExpectValid(Rule, """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a) @include(if: $b) { ...FragA }
        }
        fragment FragA on Type { field(c: [{ deep: $c }]) }
        """);

    [Fact]
    public void Rejects_variables_used_nowhere() => ExpectErrors(Rule, """
        query ($a: String, $b: String, $c: String) {
          field(a: $a, b: $b)
        }
        """,
        Error("Variable \"$c\" is never used.", (1, 32)));

    [Fact]
    public void Names_the_operation_and_points_at_the_whole_definition() => ExpectErrors(Rule, """
        query Foo($a: String = "default", $b: String) {
          field(b: $b)
        }
        """,
        Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)));

    [Fact]
    public void Does_not_count_a_use_in_another_operations_fragment() => ExpectErrors(Rule, """
        query Foo($b: String) { ...FragA }
        query Bar($a: String) { ...FragB }
        fragment FragA on Type { field(a: $a) }
        fragment FragB on Type { field(b: $b) }
        """,
        Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
        Error("Variable \"$a\" is never used in operation \"Bar\".", (2, 11)));

    [Fact]
    public void Rejects_the_specifications_extra_variable() => ExpectErrors(Rule, """
        query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        Error("Variable \"$extra\" is never used in operation \"queryWithExtraVar\".", (1, 49)));
}
