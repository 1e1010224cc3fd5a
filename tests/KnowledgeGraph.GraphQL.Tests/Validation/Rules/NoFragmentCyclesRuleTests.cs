using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoFragmentCyclesRuleTests
{
    private static readonly ValidationRule Rule = context => new NoFragmentCyclesRule(context);

    [Fact]
    public void Accepts_fragments_spread_more_than_once() => ExpectValid(Rule, """
        fragment fragA on Dog { ...fragB ...fragB }
        fragment fragB on Dog { name }
        fragment fragC on Dog { ...fragA }
        """);

    [Fact]
    public void Accepts_a_fragment_spread_within_a_selection_of_its_own_type() => ExpectValid(Rule, """
        fragment nameFragment on Pet { ... on Dog { name } ... on Cat { name } }
        fragment spreadsInAnon on Pet { ... on Dog { ...nameFragment } ... on Cat { ...nameFragment } }
        """);

    [Fact]
    public void Ignores_spreads_of_unknown_fragments() => ExpectValid(Rule, "fragment nameFragment on Pet { ...UnknownFragment }");

    [Fact]
    public void Rejects_a_fragment_spreading_itself() => ExpectErrors(Rule, "fragment fragA on Human { ...fragA }",
        Error("Cannot spread fragment \"fragA\" within itself.", (1, 27)));

    [Fact]
    public void Rejects_a_fragment_spreading_itself_from_a_nested_selection() => ExpectErrors(Rule, """
        fragment fragA on Pet {
          ... on Dog {
            ...fragA
          }
        }
        """,
        Error("Cannot spread fragment \"fragA\" within itself.", (3, 5)));

    [Fact]
    public void Names_the_fragments_a_cycle_goes_through() => ExpectErrors(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (1, 25), (2, 25), (3, 25)));

    [Fact]
    public void Reports_a_cycle_once_from_where_the_search_first_entered_it() => ExpectErrors(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)));

    [Fact]
    public void Reports_each_of_several_cycles_through_one_fragment() => ExpectErrors(Rule, """
        fragment fragA on Dog { ...fragB ...fragC }
        fragment fragB on Dog { ...fragA }
        fragment fragC on Dog { ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
        Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 34), (3, 25)));

    [Fact]
    public void Reports_cycles_that_do_not_pass_through_the_starting_fragment() => ExpectErrors(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { ...fragB }
        """,
        Error("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (2, 25), (3, 25)));

    [Fact]
    public void Rejects_the_specifications_mutually_spreading_fragments() => ExpectErrors(Rule, """
        {
          dog {
            ...nameFragment
          }
        }

        fragment nameFragment on Dog {
          name
          ...barkVolumeFragment
        }

        fragment barkVolumeFragment on Dog {
          barkVolume
          ...nameFragment
        }
        """,
        Error("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", (9, 3), (14, 3)));
}
