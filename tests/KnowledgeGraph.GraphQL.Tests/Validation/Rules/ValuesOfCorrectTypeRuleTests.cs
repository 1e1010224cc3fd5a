using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValidationRule Rule = context => new ValuesOfCorrectTypeRule(context);

    private static void ExpectArgumentErrors(string arguments, params Harness.ExpectedError[] expected) =>
        ExpectErrors(Rule, "{ complicatedArgs { " + arguments + " } }", expected);

    [Fact]
    public void Accepts_literals_of_every_scalar_and_the_coercions_the_specification_allows() => ExpectArgumentErrors(""""
        a: intArgField(intArg: 2) b: floatArgField(floatArg: 1) c: floatArgField(floatArg: 1.5e3) d: idArgField(idArg: 1)
        e: idArgField(idArg: "someId") f: stringArgField(stringArg: """block""") g: booleanArgField(booleanArg: true)
        h: enumArgField(enumArg: BROWN) i: stringListArgField(stringListArg: "single") j: intArgField(intArg: null)
        """");

    [Fact]
    public void Rejects_ints_out_of_range_and_other_kinds_with_the_scalars_message() => ExpectArgumentErrors(
        "a: intArgField(intArg: 2147483648) b: intArgField(intArg: \"3\") c: intArgField(intArg: 3.0) d: intArgField(intArg: FOUR)",
        Error("Int cannot represent non 32-bit signed integer value: 2147483648", (1, 44)),
        Error("Int cannot represent non-integer value: \"3\"", (1, 79)),
        Error("Int cannot represent non-integer value: 3.0", (1, 107)),
        Error("Int cannot represent non-integer value: FOUR", (1, 135)));

    [Fact]
    public void Rejects_wrong_kinds_for_strings_booleans_and_ids() => ExpectArgumentErrors(
        "a: stringArgField(stringArg: 1) b: booleanArgField(booleanArg: \"true\") c: idArgField(idArg: 1.0)",
        Error("String cannot represent a non string value: 1", (1, 50)),
        Error("Boolean cannot represent a non boolean value: \"true\"", (1, 84)),
        Error("ID cannot represent a non-string and non-integer value: 1.0", (1, 113)));

    [Fact]
    public void Rejects_unknown_and_mistyped_enum_values_with_suggestions() => ExpectArgumentErrors(
        "a: enumArgField(enumArg: \"BROWN\") b: enumArgField(enumArg: brown) c: enumArgField(enumArg: 2)",
        Error("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?", (1, 46)),
        Error("Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", (1, 80)),
        Error("Enum \"FurColor\" cannot represent non-enum value: 2.", (1, 112)));

    [Fact]
    public void Checks_list_items_and_reports_the_whole_list_at_a_non_list_position() => ExpectArgumentErrors(
        "a: stringListArgField(stringListArg: [\"one\", 2]) b: intArgField(intArg: [1]) c: stringListNonNullArgField(stringListNonNullArg: [null])",
        Error("String cannot represent a non string value: 2", (1, 66)),
        Error("Int cannot represent non-integer value: [1]", (1, 93)),
        Error("Expected value of type \"String!\", found null.", (1, 150)));

    [Fact]
    public void Rejects_null_for_non_null_arguments() => ExpectArgumentErrors(
        "nonNullIntArgField(nonNullIntArg: null)",
        Error("Expected value of type \"Int!\", found null.", (1, 55)));

    [Fact]
    public void Requires_the_required_fields_of_an_input_object() => ExpectArgumentErrors(
        "complexArgField(complexArg: { intField: 4 })",
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 49)));

    [Fact]
    public void Rejects_unknown_input_fields_with_suggestions() => ExpectArgumentErrors(
        "complexArgField(complexArg: { requiredField: true, invalidField: \"value\", strngField: \"s\" })",
        Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (1, 72)),
        Error("Field \"strngField\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", (1, 95)));

    [Fact]
    public void Rejects_an_object_at_a_scalar_position_and_a_scalar_at_an_object_position() => ExpectArgumentErrors(
        "a: complexArgField(complexArg: \"not an object\") b: stringArgField(stringArg: { a: 1 })",
        Error("Expected value of type \"ComplexInput\", found \"not an object\".", (1, 52)),
        Error("String cannot represent a non string value: {a: 1}", (1, 98)));

    [Fact]
    public void Requires_exactly_one_non_null_field_of_a_oneof_input_object() => ExpectArgumentErrors(
        "a: oneOfArgField(oneOfArg: { stringField: \"abc\", intField: 123 }) b: oneOfArgField(oneOfArg: { stringField: null }) c: oneOfArgField(oneOfArg: {})",
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 48)),
        Error("Field \"OneOfInput.stringField\" must be non-null.", (1, 114)),
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 164)));

    [Fact]
    public void Counts_a_repeated_oneof_field_as_one_key_and_judges_its_last_value() => ExpectArgumentErrors(
        "oneOfArgField(oneOfArg: { intField: 1, intField: null })",
        Error("Field \"OneOfInput.intField\" must be non-null.", (1, 45)));

    [Fact]
    public void Checks_variable_default_values_but_not_variables() => ExpectErrors(Rule, """
        query ($a: Int = "one", $b: ComplexInput = { intField: 3 }) {
          complicatedArgs { intArgField(intArg: $a) }
        }
        """,
        Error("Int cannot represent non-integer value: \"one\"", (1, 18)),
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 44)));

    [Fact]
    public void Ignores_descriptions_which_the_specification_says_must_not_affect_validation() => AssertErrors(
        [],
        Validate("\"Described.\" query ($a: Int = 1) { dog { name } }", [Rule]));

    [Fact]
    public void Rejects_the_specifications_wrong_values() => ExpectErrors(
        Rule,
        """
        fragment stringIntoInt on Arguments {
          intArgField(intArg: "123")
        }

        query badComplexValue {
          findDog(searchBy: { name: 123 }) {
            name
          }
        }
        """,
        Harness.TestSchemas.Specification,
        Error("Int cannot represent non-integer value: \"123\"", (2, 23)),
        Error("String cannot represent a non string value: 123", (6, 29)));
}
