using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly ValidationRule Rule = context => new NoUndefinedVariablesRule(context);

    [Fact]
    public void Accepts_variables_defined_by_the_operation_wherever_used() => ExpectValid(Rule, """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a) { field(b: $b) { ...FragA } }
          field2 @include(if: $c)
        }
        fragment FragA on Type { field(c: $c) }
        """);

    [Fact]
    public void Accepts_a_fragment_used_by_several_operations_that_each_define_its_variables() => ExpectValid(Rule, """
        query Foo($a: String) { ...FragA }
        query Bar($a: String) { ...FragA }
        fragment FragA on Type { field(a: $a) }
        """);

    [Fact]
    public void Rejects_undefined_variables_pointing_at_the_use_and_the_operation() => ExpectErrors(Rule, """
        query Foo($a: String, $b: String) {
          field(a: $a, b: $b, c: $c, d: $d)
        }
        """,
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (2, 26), (1, 1)),
        Error("Variable \"$d\" is not defined by operation \"Foo\".", (2, 33), (1, 1)));

    [Fact]
    public void Words_the_error_without_a_name_for_an_anonymous_operation() => ExpectErrors(Rule, "{ field(a: $a) }",
        Error("Variable \"$a\" is not defined.", (1, 12), (1, 1)));

    [Fact]
    public void Follows_spreads_into_nested_fragments() => ExpectErrors(Rule, """
        query Foo($a: String) { ...FragA }
        fragment FragA on Type { field(a: $a) { ...FragB } }
        fragment FragB on Type { field(c: $c) }
        """,
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (3, 35), (1, 1)));

    [Fact]
    public void Reports_a_shared_fragment_once_per_operation_missing_its_variable() => ExpectErrors(Rule, """
        query Foo($a: String) { ...FragAB }
        query Bar($b: String) { ...FragAB }
        fragment FragAB on Type { field(a: $a, b: $b) }
        """,
        Error("Variable \"$b\" is not defined by operation \"Foo\".", (3, 43), (1, 1)),
        Error("Variable \"$a\" is not defined by operation \"Bar\".", (3, 36), (2, 1)));

    [Fact]
    public void Rejects_the_specifications_variable_used_only_in_a_nested_fragment() => ExpectErrors(Rule, """
        query variableIsNotDefinedUsedInNestedFragment {
          dog {
            ...outerHouseTrainedFragment
          }
        }

        fragment outerHouseTrainedFragment on Dog {
          ...isHouseTrainedFragment
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        Error("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInNestedFragment\".", (12, 32), (1, 1)));
}
