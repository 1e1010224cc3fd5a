using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly ValidationRule Rule = context => new FieldsOnCorrectTypeRule(context);

    [Fact]
    public void Accepts_defined_fields_aliases_and_typename_everywhere() => ExpectValid(Rule, """
        fragment objectFieldSelection on Dog { __typename name otherName: name }
        fragment interfaceFieldSelection on Pet { __typename name }
        fragment definedOnImplementorsQueriedOnUnion on CatOrDog { __typename ... on Pet { name } ... on Dog { barks } }
        { __schema { queryType { name } } __type(name: "Dog") { name } }
        """);

    [Fact]
    public void Ignores_fields_on_unknown_types() => ExpectValid(Rule, "fragment unknownSelection on UnknownType { unknownField }");

    [Fact]
    public void Reports_the_field_but_not_its_unknown_subfields() => ExpectErrors(Rule, """
        fragment typeKnownAgain on Pet {
          unknown_pet_field {
            ... on Cat {
              unknown_cat_field
            }
          }
        }
        """,
        Error("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (2, 3)),
        Error("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (4, 7)));

    [Fact]
    public void Suggests_similar_field_names() => ExpectErrors(Rule, """
        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume: kawVolume
          nam
        }
        """,
        Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
        Error("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (3, 3)));

    [Fact]
    public void Suggests_the_implementing_types_that_define_a_field_missing_from_an_interface() => ExpectErrors(Rule, """
        fragment definedOnImplementorsButNotInterface on Pet { nickname }
        fragment notDefinedOnInterface on Pet { meowsVolume }
        """,
        Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (1, 56)),
        Error("Cannot query field \"meowsVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\"?", (2, 41)));

    [Fact]
    public void Suggests_types_for_a_field_on_a_union_which_has_none() => ExpectErrors(Rule, """
        fragment definedOnImplementorsQueriedOnUnion on CatOrDog { name }
        fragment directFieldSelectionOnUnion on CatOrDog { directField }
        """,
        Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 60)),
        Error("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 52)));

    [Fact]
    public void Ranks_interfaces_by_how_many_possible_types_they_cover_then_supertypes_first() => ExpectErrors(
        Rule,
        "{ t { f } }",
        Harness.TestSchemas.Build("""
            interface T { y: String }
            interface A implements T { y: String f: String }
            interface B implements T { y: String f: String }
            interface C implements A & T { y: String f: String }
            type X implements A & T { y: String f: String }
            type Y implements B & T { y: String f: String }
            type Z implements C & A & T { y: String f: String }
            type Query { t: T }
            """),
        Error("Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\", \"B\", \"C\", \"X\", or \"Y\"?", (1, 7)));

    [Fact]
    public void Leaves_out_suggestions_when_asked_to() => AssertErrors(
        [Error("Cannot query field \"nickname\" on type \"Pet\".", (1, 27)), Error("Cannot query field \"nam\" on type \"Dog\".", (1, 60))],
        Validate("fragment f on Pet { ... { nickname } } fragment g on Dog { nam }", [Rule], options: new ValidationOptions { HideSuggestions = true }));
}
