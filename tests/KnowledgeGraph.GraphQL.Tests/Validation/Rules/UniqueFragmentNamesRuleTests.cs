using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new UniqueFragmentNamesRule(context);

    [Fact]
    public void Accepts_fragments_with_distinct_names() => ExpectValid(Rule, """
        { ...fragA ...fragB }
        fragment fragA on Type { fieldA }
        fragment fragB on Type { fieldB }
        """);

    [Fact]
    public void Accepts_inline_fragments_which_have_no_name() => ExpectValid(Rule, """
        { ...on Type { fieldA } ...on Type { fieldB } }
        """);

    [Fact]
    public void Ignores_an_operation_named_like_a_fragment() => ExpectValid(Rule, """
        query Foo { ...Foo }
        fragment Foo on Type { field }
        """);

    [Fact]
    public void Rejects_a_fragment_name_used_twice() => ExpectErrors(Rule, """
        { ...fragA }
        fragment fragA on Type { fieldA }
        fragment fragA on Type { fieldB }
        """,
        Error("There can be only one fragment named \"fragA\".", (2, 10), (3, 10)));

    [Fact]
    public void Reports_every_repetition_against_the_first() => ExpectErrors(Rule, """
        fragment fragA on Type { fieldA }
        fragment fragA on Type { fieldB }
        fragment fragA on Type { fieldC }
        """,
        Error("There can be only one fragment named \"fragA\".", (1, 10), (2, 10)),
        Error("There can be only one fragment named \"fragA\".", (1, 10), (3, 10)));
}
