using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new UniqueArgumentNamesRule(context);

    [Fact]
    public void Accepts_distinct_arguments_and_one_name_on_different_fields_and_directives() => ExpectValid(Rule, """
        {
          one: field(arg: "value") @directive(arg: "value")
          two: field(arg: "value", arg2: "value") @directive(arg: "value") @other(arg: "value")
        }
        """);

    [Fact]
    public void Reports_each_repeated_field_argument_with_every_occurrence() => ExpectErrors(Rule, """
        { field(arg1: "value", arg1: "value", arg1: "value", arg2: 1, arg2: 2) }
        """,
        Error("There can be only one argument named \"arg1\".", (1, 9), (1, 24), (1, 39)),
        Error("There can be only one argument named \"arg2\".", (1, 54), (1, 63)));

    [Fact]
    public void Reports_repeated_directive_arguments() => ExpectErrors(Rule, """
        { field @directive(arg1: "value", arg1: "value") }
        """,
        Error("There can be only one argument named \"arg1\".", (1, 20), (1, 35)));
}
