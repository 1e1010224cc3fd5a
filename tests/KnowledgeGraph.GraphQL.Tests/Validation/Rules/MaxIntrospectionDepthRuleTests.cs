using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly ValidationRule Rule = context => new MaxIntrospectionDepthRule(context);

    [Fact]
    public void Accepts_the_introspection_query_tools_send() => ExpectValid(Rule, IntrospectionQuery.Build());

    [Fact]
    public void Accepts_list_fields_nested_twice() => ExpectValid(Rule, """
        { __schema { types { fields { type { fields { name } } } } } }
        """);

    [Fact]
    public void Rejects_list_fields_nested_three_deep_at_the_root_field() => ExpectErrors(Rule, """
        {
          __schema {
            types { fields { type { fields { type { fields { name } } } } } }
          }
          __type(name: "Dog") { interfaces { possibleTypes { inputFields { name } } } }
        }
        """,
        Error("Maximum introspection depth exceeded", (2, 3)),
        Error("Maximum introspection depth exceeded", (5, 3)));

    [Fact]
    public void Counts_depth_through_fragments_and_cycles() => ExpectErrors(Rule, """
        { __schema { types { ...Recursive } } }
        fragment Recursive on __Type { fields { type { ...Recursive } } }
        """,
        Error("Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void Ignores_the_same_names_outside_introspection() => ExpectValid(Rule, """
        { dog { fields { fields { fields { fields { name } } } } } }
        """);
}
