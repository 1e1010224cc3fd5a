using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly ValidationRule Rule = context => new VariablesInAllowedPositionRule(context);

    [Fact]
    public void Accepts_the_same_or_stricter_types() => ExpectValid(Rule, """
        query Query($booleanArg: Boolean, $nonNullBooleanArg: Boolean!, $stringListVar: [String!], $nonNullStringList: [String]!) {
          complicatedArgs {
            booleanArgField(booleanArg: $booleanArg)
            b: booleanArgField(booleanArg: $nonNullBooleanArg)
            stringListArgField(stringListArg: $stringListVar)
            s: stringListArgField(stringListArg: $nonNullStringList)
            stringListNonNullArgField(stringListNonNullArg: $stringListVar)
          }
          dog @include(if: $nonNullBooleanArg) { name }
        }
        """);

    [Fact]
    public void Accepts_a_nullable_variable_where_a_default_makes_up_for_it() => ExpectValid(Rule, """
        query Query($intVar: Int = 1, $boolVar: Boolean = false) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
            nonNullFieldWithDefault(arg: $intVar)
          }
          dog { isHouseTrained(atOtherHomes: $boolVar) }
        }
        """);

    [Fact]
    public void Rejects_a_nullable_variable_in_a_non_null_position() => ExpectErrors(Rule, """
        query Query($intArg: Int, $nullDefault: Int = null) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intArg)
            n: nonNullIntArgField(nonNullIntArg: $nullDefault)
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)),
        Error("Variable \"$nullDefault\" of type \"Int\" used in position expecting type \"Int!\".", (1, 27), (4, 42)));

    [Fact]
    public void Rejects_other_types_lists_for_items_and_items_for_lists() => ExpectErrors(Rule, """
        query Query($stringVar: String, $listVar: [String], $booleanListArg: [Boolean]) {
          complicatedArgs {
            intArgField(intArg: $stringVar)
            stringArgField(stringArg: $listVar)
            stringListArgField(stringListArg: $stringVar)
            booleanArgField(booleanArg: $booleanListArg)
          }
        }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Int\".", (1, 13), (3, 25)),
        Error("Variable \"$listVar\" of type \"[String]\" used in position expecting type \"String\".", (1, 33), (4, 31)),
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (5, 39)),
        Error("Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", (1, 53), (6, 33)));

    [Fact]
    public void Checks_uses_in_fragments_against_each_operation() => ExpectErrors(Rule, """
        query A($x: Int!) { ...F }
        query B($x: String) { ...F }
        fragment F on QueryRoot { complicatedArgs { nonNullIntArgField(nonNullIntArg: $x) } }
        """,
        Error("Variable \"$x\" of type \"String\" used in position expecting type \"Int!\".", (2, 9), (3, 79)));

    [Fact]
    public void Requires_non_null_variables_for_fields_of_a_oneof_input_object() => ExpectErrors(Rule, """
        query Query($string: String, $nonNullString: String!) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
            o: oneOfArgField(oneOfArg: { stringField: $nonNullString })
          }
        }
        """,
        Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 13), (3, 44)));

    [Fact]
    public void Rejects_the_specifications_disallowed_usages() => ExpectErrors(
        Rule,
        """
        query intCannotGoIntoBoolean($intArg: Int) {
          arguments {
            booleanArgField(booleanArg: $intArg)
          }
        }

        query listToNonNullList($booleanList: [Boolean]) {
          arguments {
            nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
          }
        }
        """,
        Harness.TestSchemas.Specification,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", (1, 30), (3, 33)),
        Error("Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\".", (7, 25), (9, 52)));

    [Fact]
    public void Accepts_the_specifications_nullable_variable_for_an_argument_with_a_default() => ExpectValid(
        Rule,
        """
        query booleanArgQueryWithDefault($booleanArg: Boolean) {
          arguments {
            optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
          }
        }
        """,
        Harness.TestSchemas.Specification);

    [Fact]
    public void Like_graphql_js_checks_oneof_fields_only_where_the_oneof_position_is_nullable() => ExpectValid(
        Rule,
        """
        mutation addPet($cat: CatInput!, $nullableCat: CatInput) {
          addPet(pet: { cat: $cat }) { name }
          other: addPet(pet: { cat: $nullableCat }) { name }
        }
        """,
        Harness.TestSchemas.Specification);
}
