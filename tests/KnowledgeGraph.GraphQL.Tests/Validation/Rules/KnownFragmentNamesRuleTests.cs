using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownFragmentNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new KnownFragmentNamesRule(context);

    [Fact]
    public void Accepts_spreads_of_defined_fragments_wherever_they_are() => ExpectValid(Rule, """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human { ...HumanFields2 }
            ... { name }
          }
        }
        fragment HumanFields1 on Human { name ...HumanFields3 }
        fragment HumanFields2 on Human { name }
        fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void Rejects_spreads_of_undefined_fragments_at_their_names() => ExpectErrors(Rule, """
        {
          human(id: 4) {
            ...UnknownFragment1
            ... on Human { ...UnknownFragment2 }
          }
        }
        fragment HumanFields on Human { name ...UnknownFragment3 }
        """,
        Error("Unknown fragment \"UnknownFragment1\".", (3, 8)),
        Error("Unknown fragment \"UnknownFragment2\".", (4, 23)),
        Error("Unknown fragment \"UnknownFragment3\".", (7, 41)));

    [Fact]
    public void Rejects_the_specifications_undefined_fragment() => ExpectErrors(Rule, """
        {
          dog {
            ...undefinedFragment
          }
        }
        """,
        Error("Unknown fragment \"undefinedFragment\".", (3, 8)));
}
