using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new UniqueInputFieldNamesRule(context);

    [Fact]
    public void Accepts_distinct_fields_and_one_name_at_different_depths() => ExpectValid(Rule, """
        { field(arg: { f1: "value", f2: { f1: "value", f2: [{ f1: 1 }, { f1: 2 }] } }) }
        """);

    [Fact]
    public void Reports_each_repetition_against_the_first() => ExpectErrors(Rule, """
        { field(arg: { f1: "value", f1: "value", f1: "value" }) }
        """,
        Error("There can be only one input field named \"f1\".", (1, 16), (1, 29)),
        Error("There can be only one input field named \"f1\".", (1, 16), (1, 42)));

    [Fact]
    public void Checks_nested_objects_in_walk_order() => ExpectErrors(Rule, """
        { field(arg: { f1: { f2: "value", f2: "value" }, f1: 1 }) }
        """,
        Error("There can be only one input field named \"f2\".", (1, 22), (1, 35)),
        Error("There can be only one input field named \"f1\".", (1, 16), (1, 50)));

    [Fact]
    public void Uses_a_table_for_long_objects_with_the_same_result() => ExpectErrors(
        Rule,
        "{ field(arg: { " + string.Join(", ", Enumerable.Range(0, 20).Select(i => $"f{i}: 1")) + ", f3: 2 }) }",
        Error("There can be only one input field named \"f3\".", (1, 37), (1, 166)));

    [Fact]
    public void Rejects_the_specifications_repeated_field() => ExpectErrors(Rule, """
        {
          field(arg: { field: true, field: false })
        }
        """,
        Error("There can be only one input field named \"field\".", (2, 16), (2, 29)));
}
