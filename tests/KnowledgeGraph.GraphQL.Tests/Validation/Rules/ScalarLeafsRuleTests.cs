using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ScalarLeafsRuleTests
{
    private static readonly ValidationRule Rule = context => new ScalarLeafsRule(context);

    [Fact]
    public void Accepts_leaves_without_and_objects_with_selections() => ExpectValid(Rule, """
        fragment scalarSelection on Dog { barks doesKnowCommand(dogCommand: SIT) mother { name } }
        """);

    [Fact]
    public void Rejects_objects_interfaces_and_unions_without_selections() => ExpectErrors(Rule, """
        query directQueryOnObjectWithoutSubFields { human }
        query directQueryOnInterfaceWithoutSubFields { pet }
        query directQueryOnUnionWithoutSubFields { catOrDog }
        """,
        Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 45)),
        Error("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", (2, 48)),
        Error("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", (3, 44)));

    [Fact]
    public void Prints_the_full_type_including_wrappers() => ExpectErrors(Rule, "{ human { relatives } }",
        Error("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (1, 11)));

    [Fact]
    public void Rejects_selections_on_scalars_and_enums_at_the_selection_set() => ExpectErrors(Rule, """
        fragment f on Dog { barks { sinceWhen } }
        fragment g on Cat { furColor { inHexDec } }
        fragment h on Dog { doesKnowCommand(dogCommand: SIT) { x } }
        """,
        Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (1, 27)),
        Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (2, 30)),
        Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (3, 54)));

    [Fact]
    public void Ignores_fields_of_unknown_type() => ExpectValid(Rule, "{ unknown { x } dog { unknown } }");
}
