using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly ValidationRule Rule = context => new LoneAnonymousOperationRule(context);

    [Fact]
    public void Accepts_a_document_of_fragments_only() => ExpectValid(Rule, "fragment fragA on Type { field }");

    [Fact]
    public void Accepts_one_anonymous_operation_with_fragments() => ExpectValid(Rule, """
        { ...Foo }
        fragment Foo on Type { field }
        """);

    [Fact]
    public void Accepts_several_named_operations() => ExpectValid(Rule, """
        query Foo { field }
        query Bar { field }
        """);

    [Fact]
    public void Rejects_two_anonymous_operations() => ExpectErrors(Rule, """
        { fieldA }
        { fieldB }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)),
        Error("This anonymous operation must be the only defined operation.", (2, 1)));

    [Fact]
    public void Rejects_an_anonymous_operation_next_to_a_mutation() => ExpectErrors(Rule, """
        { fieldA }
        mutation Foo { fieldB }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Rejects_an_anonymous_operation_next_to_a_subscription() => ExpectErrors(Rule, """
        { fieldA }
        subscription Foo { fieldB }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Rejects_the_specifications_counter_example() => ExpectErrors(Rule, """
        {
          dog {
            name
          }
        }

        query getName {
          dog {
            owner {
              name
            }
          }
        }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));
}
