using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly ValidationRule Rule = context => new FragmentsOnCompositeTypesRule(context);

    [Fact]
    public void Accepts_objects_interfaces_unions_and_fragments_without_a_type_condition() => ExpectValid(Rule, """
        fragment validFragment on Dog { barks }
        fragment validFragment2 on Pet { name }
        fragment validFragment3 on CatOrDog { __typename }
        fragment validFragment4 on Pet { ... on Dog { barks } ... { name } }
        fragment unknown on UnknownType { x }
        """);

    [Fact]
    public void Rejects_fragments_on_scalars_enums_and_input_objects() => ExpectErrors(Rule, """
        fragment scalarFragment on Boolean { bad }
        fragment enumFragment on FurColor { bad }
        fragment inputFragment on ComplexInput { stringField }
        """,
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)),
        Error("Fragment \"enumFragment\" cannot condition on non composite type \"FurColor\".", (2, 26)),
        Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (3, 27)));

    [Fact]
    public void Rejects_inline_fragments_on_scalars() => ExpectErrors(Rule, """
        fragment invalidFragment on Pet {
          ... on String {
            barks
          }
        }
        """,
        Error("Fragment cannot condition on non composite type \"String\".", (2, 10)));
}
