using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownArgumentNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new KnownArgumentNamesRule(context);

    [Fact]
    public void Accepts_defined_arguments_in_any_order_on_fields_and_directives() => ExpectValid(Rule, """
        fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) isAtLocation(y: 1, x: 2) }
        fragment argOnOptional on Dog { isHouseTrained(atOtherHomes: true) @include(if: true) }
        """);

    [Fact]
    public void Ignores_arguments_of_unknown_fields_and_directives() => ExpectValid(Rule, """
        { dog { unknownField(unknownArg: SIT) } human { name @unknownDirective(arg: 1) } }
        """);

    [Fact]
    public void Rejects_unknown_field_arguments_with_suggestions() => ExpectErrors(Rule, """
        fragment invalidArgName on Dog {
          doesKnowCommand(DogCommand: true, unknown: 1)
        }
        """,
        Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)),
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 37)));

    [Fact]
    public void Rejects_unknown_directive_arguments_with_suggestions() => ExpectErrors(Rule, """
        { dog @skip(iff: true, unless: false) { name @include(If: false) } }
        """,
        Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)),
        Error("Unknown argument \"unless\" on directive \"@skip\".", (1, 24)),
        Error("Unknown argument \"If\" on directive \"@include\". Did you mean \"if\"?", (1, 55)));

    [Fact]
    public void Checks_arguments_of_directives_the_document_defines() => ExpectErrors(Rule, """
        directive @local(arg: Int) on FIELD
        { dog { name @local(arg: 1, ark: 2) } }
        """,
        Error("Unknown argument \"ark\" on directive \"@local\". Did you mean \"arg\"?", (2, 29)));

    [Fact]
    public void Rejects_the_specifications_unknown_arguments() => ExpectErrors(
        Rule,
        """
        fragment invalidArgName on Dog {
          doesKnowCommand(command: CLEAN_UP_HOUSE)
        }
        fragment invalidArgName2 on Dog {
          isHouseTrained(atOtherHomes: true) @include(unless: false)
        }
        """,
        Harness.TestSchemas.Specification,
        Error("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)),
        Error("Unknown argument \"unless\" on directive \"@include\".", (5, 47)));
}
