using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ValidationRule Rule = context => new ProvidedRequiredArgumentsRule(context);

    [Fact]
    public void Accepts_required_arguments_given_in_any_order_and_optional_ones_left_out() => ExpectValid(Rule, """
        {
          complicatedArgs {
            multipleReqs(req2: 2, req1: 1)
            multipleOpts
            nonNullFieldWithDefault
            multipleOptAndReq(req1: 1, req2: 2)
          }
          dog { isHouseTrained name @include(if: true) }
        }
        """);

    [Fact]
    public void Ignores_unknown_fields_and_directives() => ExpectValid(Rule, "{ dog { unknownField @unknownDirective } }");

    [Fact]
    public void Reports_each_missing_argument_at_the_field() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            multipleReqs
            nonNullIntArgField(otherArg: 1)
          }
        }
        """,
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
        Error("Field \"nonNullIntArgField\" argument \"nonNullIntArg\" of type \"Int!\" is required, but it was not provided.", (4, 5)));

    [Fact]
    public void Counts_an_argument_given_as_null_as_given() => ExpectValid(Rule, "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }");

    [Fact]
    public void Reports_missing_directive_arguments_after_what_is_inside() => ExpectErrors(Rule, """
        { dog @include { name @skip } complicatedArgs { multipleReqs(req1: 1) @include } }
        """,
        Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
        Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 23)),
        Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 71)),
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 49)));

    [Fact]
    public void Knows_the_required_arguments_of_directives_the_document_defines() => ExpectErrors(Rule, """
        directive @local(required: [Int!]!, optional: Int! = 1, defaulted: Int = null) on FIELD
        { dog { name @local } }
        """,
        Error("Directive \"@local\" argument \"required\" of type \"[Int!]!\" is required, but it was not provided.", (2, 14)));

    [Fact]
    public void Rejects_the_specifications_missing_argument() => ExpectErrors(
        Rule,
        """
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField
        }
        """,
        Harness.TestSchemas.Specification,
        Error("Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided.", (2, 3)));
}
