using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueOperationNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new UniqueOperationNamesRule(context);

    [Fact]
    public void Accepts_a_single_anonymous_operation() => ExpectValid(Rule, "{ field }");

    [Fact]
    public void Accepts_operations_of_every_kind_with_distinct_names() => ExpectValid(Rule, """
        query Foo { field }
        mutation Bar { field }
        subscription Baz { field }
        """);

    [Fact]
    public void Ignores_fragments_named_like_an_operation() => ExpectValid(Rule, """
        query Foo { ...Foo }
        fragment Foo on Type { field }
        """);

    [Fact]
    public void Rejects_two_queries_with_one_name() => ExpectErrors(Rule, """
        query Foo { fieldA }
        query Foo { fieldB }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (2, 7)));

    [Fact]
    public void Rejects_operations_of_different_kinds_with_one_name() => ExpectErrors(Rule, """
        query Foo { fieldA }
        mutation Foo { fieldB }
        subscription Foo { fieldC }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (2, 10)),
        Error("There can be only one operation named \"Foo\".", (1, 7), (3, 14)));

    [Fact]
    public void Accepts_the_specifications_example_of_distinct_names() => ExpectValid(Rule, """
        query getDogName { dog { name } }
        query getOwnerName { dog { owner { name } } }
        """);
}
