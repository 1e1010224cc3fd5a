using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly ValidationRule Rule = context => new NoUnusedFragmentsRule(context);

    [Fact]
    public void Accepts_fragments_used_directly_and_through_other_fragments() => ExpectValid(Rule, """
        { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void Accepts_fragments_used_by_any_of_several_operations() => ExpectValid(Rule, """
        query Foo { human(id: 4) { ...HumanFields1 } }
        query Bar { human(id: 4) { ...HumanFields2 } }
        fragment HumanFields1 on Human { name }
        fragment HumanFields2 on Human { name }
        """);

    [Fact]
    public void Rejects_fragments_no_operation_reaches() => ExpectErrors(Rule, """
        query Foo { human(id: 4) { ...HumanFields1 } }
        fragment HumanFields1 on Human { name }
        fragment Unused1 on Human { name }
        fragment Unused2 on Human { name }
        """,
        Error("Fragment \"Unused1\" is never used.", (3, 1)),
        Error("Fragment \"Unused2\" is never used.", (4, 1)));

    [Fact]
    public void Rejects_fragments_that_only_spread_each_other() => ExpectErrors(Rule, """
        query Foo { human(id: 4) { ...HumanFields1 } }
        fragment HumanFields1 on Human { name }
        fragment Unused1 on Human { name ...Unused2 }
        fragment Unused2 on Human { name ...Unused1 }
        """,
        Error("Fragment \"Unused1\" is never used.", (3, 1)),
        Error("Fragment \"Unused2\" is never used.", (4, 1)));

    [Fact]
    public void Does_not_count_a_spread_of_an_unknown_fragment_as_a_use_of_another() => ExpectErrors(Rule, """
        query Foo { human(id: 4) { ...bar } }
        fragment foo on Human { name }
        """,
        Error("Fragment \"foo\" is never used.", (2, 1)));

    [Fact]
    public void Rejects_the_specifications_unused_fragment() => ExpectErrors(Rule, """
        fragment nameFragment on Dog {
          name
        }

        {
          dog {
            name
          }
        }
        """,
        Error("Fragment \"nameFragment\" is never used.", (1, 1)));
}
