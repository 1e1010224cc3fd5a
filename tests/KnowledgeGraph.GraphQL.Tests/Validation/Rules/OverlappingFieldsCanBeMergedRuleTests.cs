using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly ValidationRule Rule = context => new OverlappingFieldsCanBeMergedRule(context);

    [Fact]
    public void Accepts_identical_fields_arguments_and_aliases() => ExpectValid(Rule, """
        fragment f on Dog {
          name
          name
          otherName: name
          otherName: name
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
          knowsDown: doesKnowCommand(dogCommand: DOWN)
          name @include(if: true)
          name @skip(if: false)
        }
        """);

    [Fact]
    public void Rejects_one_alias_for_two_fields() => ExpectErrors(Rule, """
        fragment sameAliasesWithDifferentFieldTargets on Dog {
          fido: name
          fido: nickname
        }
        """,
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Rejects_an_alias_masking_a_field() => ExpectErrors(Rule, """
        fragment aliasMaskingDirectFieldAccess on Dog {
          name: nickname
          name
        }
        """,
        Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Rejects_differing_arguments_added_removed_or_changed() => ExpectErrors(Rule, """
        fragment conflictingArgs on Dog {
          doesKnowCommand
          doesKnowCommand(dogCommand: HEEL)
          isAtLocation(x: 0)
          isAtLocation(y: 0)
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
        Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (4, 3), (5, 3)));

    [Fact]
    public void Compares_argument_values_by_structure_not_by_spelling() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: 1 })
            complexArgField(complexArg: { intField: 1, requiredField: true })
            a: stringArgField(stringArg: "x")
            a: stringArgField(stringArg: ""\"x""\")
          }
        }
        """.Replace("\"\"\\\"", "\"\"\"", StringComparison.Ordinal),
        Error("Fields \"a\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (5, 5), (6, 5)));

    [Fact]
    public void Allows_differences_between_fields_of_different_object_types() => ExpectValid(Rule, """
        fragment safeDifferingFields on Pet {
          ... on Dog { volume: barkVolume doesKnowCommand(dogCommand: SIT) }
          ... on Cat { volume: meowsVolume doesKnowCommand: meows }
        }
        """);

    [Fact]
    public void Still_requires_types_of_one_shape_between_different_object_types() => ExpectErrors(
        Rule,
        """
        {
          someBox {
            ... on IntBox { scalar }
            ... on StringBox { scalar }
          }
        }
        """,
        Harness.TestSchemas.Boxes,
        Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (3, 21), (4, 24)));

    [Fact]
    public void Tells_nullable_and_list_types_apart() => ExpectErrors(
        Rule,
        """
        {
          someBox {
            ... on NonNullStringBox1 { scalar }
            ... on StringBox { scalar }
          }
          other: someBox {
            ... on IntBox { box: listStringBox { scalar } }
            ... on StringBox { box: stringBox { scalar } }
          }
        }
        """,
        Harness.TestSchemas.Boxes,
        Error("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (3, 32), (4, 24)),
        Error("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", (7, 21), (8, 24)));

    [Fact]
    public void Reports_a_deep_conflict_at_the_outermost_fields_with_every_field_involved() => ExpectErrors(Rule, """
        {
          dog {
            mother { x: name y: barks }
          }
          dog {
            mother { x: nickname y: barkVolume }
          }
        }
        """,
        Error("Fields \"dog\" conflict because subfields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barks\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            (2, 3), (3, 5), (3, 14), (3, 22), (5, 3), (6, 5), (6, 14), (6, 26)));

    [Fact]
    public void Finds_conflicts_between_fields_and_spread_fragments() => ExpectErrors(Rule, """
        {
          dog { x: name ...A }
          cat { ...B ...C }
        }
        fragment A on Dog { x: barks }
        fragment B on Cat { y: name }
        fragment C on Cat { y: nickname }
        """,
        Error("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 9), (5, 21)),
        Error("Fields \"y\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 21), (7, 21)));

    [Fact]
    public void Ignores_unknown_fragments_and_types() => ExpectValid(Rule, """
        { dog { ...Unknown name } someField { ... on UnknownType { x } x: x } }
        """);

    [Fact]
    public void Ends_validation_when_comparisons_exceed_graphql_js_budget() => AssertErrors(
        [Error("Validation aborted.")],
        Validate("{ dog { " + string.Join(' ', Enumerable.Repeat("name", 800)) + " } }", [Rule]));

    [Fact]
    public void Finishes_a_document_within_the_budget() => AssertErrors(
        [],
        Validate("{ dog { " + string.Join(' ', Enumerable.Repeat("name", 700)) + " } }", [Rule]));

    [Fact]
    public void Rejects_the_specifications_conflicting_arguments() => ExpectErrors(
        Rule,
        """
        fragment conflictingArgsOnValues on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }
        fragment conflictingDifferingResponses on Pet {
          ... on Dog { someValue: nickname }
          ... on Cat { someValue: meowVolume }
        }
        """,
        Harness.TestSchemas.Specification,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
        Error("Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (6, 16), (7, 16)));
}
