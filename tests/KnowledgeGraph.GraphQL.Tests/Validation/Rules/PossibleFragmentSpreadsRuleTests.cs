using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly ValidationRule Rule = context => new PossibleFragmentSpreadsRule(context);

    [Fact]
    public void Accepts_spreads_whose_types_share_an_object() => ExpectValid(Rule, """
        fragment objectWithinObject on Dog { ...dogFragment ... on Dog { barkVolume } }
        fragment objectWithinInterface on Pet { ...dogFragment ... on Dog { barkVolume } }
        fragment objectWithinUnion on CatOrDog { ...dogFragment ... on Dog { barkVolume } }
        fragment unionWithinObject on Dog { ...catOrDogFragment }
        fragment interfaceWithinUnion on CatOrDog { ...petFragment }
        fragment interfaceWithinInterface on Mammal { ...canineFragment }
        fragment dogFragment on Dog { barkVolume }
        fragment catOrDogFragment on CatOrDog { __typename }
        fragment petFragment on Pet { name }
        fragment canineFragment on Canine { name }
        """);

    [Fact]
    public void Ignores_unknown_and_non_composite_fragment_types() => ExpectValid(Rule, """
        fragment a on Dog { ...unknownFragment ...scalarFragment ... on UnknownType { x } }
        fragment scalarFragment on Boolean { x }
        """);

    [Fact]
    public void Rejects_objects_that_can_never_meet() => ExpectErrors(Rule, """
        fragment invalidObjectWithinObject on Cat { ...dogFragment }
        fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }
        fragment dogFragment on Dog { barkVolume }
        """,
        Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)),
        Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 49)));

    [Fact]
    public void Rejects_abstract_types_without_a_common_possible_type() => ExpectErrors(Rule, """
        fragment invalidObjectWithinInterface on Pet { ...humanFragment }
        fragment invalidUnionWithinInterface on Pet { ...catOrDogUnknown ... on Human { name } }
        fragment invalidInterfaceWithinUnion on CatOrDog { ...humanPets }
        fragment humanFragment on Human { pets { name } }
        fragment humanPets on Human { name }
        """,
        Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)),
        Error("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (2, 66)),
        Error("Fragment \"humanPets\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (3, 52)));

    [Fact]
    public void Rejects_the_specifications_impossible_spreads() => ExpectErrors(
        Rule,
        """
        fragment catInDogFragmentInvalid on Dog {
          ... on Cat {
            meowVolume
          }
        }

        fragment nonIntersectingInterfaces on Pet {
          ...sentientFragment
        }

        fragment sentientFragment on Sentient {
          name
        }
        """,
        Harness.TestSchemas.Specification,
        Error("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (2, 3)),
        Error("Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", (8, 3)));

    [Fact]
    public void Accepts_an_interface_spread_in_an_interface_it_implements() => ExpectValid(
        Rule,
        """
        fragment interfaceWithinInterface on Node { ...resourceFragment }
        fragment resourceFragment on Resource { url }
        """,
        Harness.TestSchemas.Specification);
}
