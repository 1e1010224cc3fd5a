using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueVariableNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new UniqueVariableNamesRule(context);

    [Fact]
    public void Accepts_distinct_names_and_one_name_in_two_operations() => ExpectValid(Rule, """
        query A($x: Int, $y: String) { __typename }
        query B($x: String, $y: Int) { __typename }
        """);

    [Fact]
    public void Reports_each_repeated_name_once_with_every_definition() => ExpectErrors(Rule, """
        query A($x: Int, $x: Int, $x: String) { __typename }
        query B($x: String, $x: Int) { __typename }
        query C($x: Int, $x: Int) { __typename }
        """,
        Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
        Error("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
        Error("There can be only one variable named \"$x\".", (3, 10), (3, 19)));

    [Fact]
    public void Orders_the_errors_by_the_first_use_of_each_name() => ExpectErrors(Rule, "query ($b: Int, $a: Int, $a: Int, $b: Int) { __typename }",
        Error("There can be only one variable named \"$b\".", (1, 9), (1, 36)),
        Error("There can be only one variable named \"$a\".", (1, 18), (1, 27)));

    [Fact]
    public void Rejects_the_specifications_repeated_variable() => ExpectErrors(Rule, """
        query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        Error("There can be only one variable named \"$atOtherHomes\".", (1, 26), (1, 50)));
}
