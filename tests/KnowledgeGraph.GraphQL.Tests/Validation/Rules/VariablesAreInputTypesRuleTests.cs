using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly ValidationRule Rule = context => new VariablesAreInputTypesRule(context);

    [Fact]
    public void Accepts_scalars_enums_and_input_objects_however_wrapped() => ExpectValid(Rule, """
        query Foo($a: Unknown, $b: [[Unknown!]]!, $c: String, $d: [FurColor!], $e: ComplexInput!) { field(a: $a, b: $b) }
        """);

    [Fact]
    public void Rejects_output_types_printing_the_type_as_written() => ExpectErrors(Rule, """
        query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { field(a: $a, b: $b, c: $c) }
        """,
        Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
        Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
        Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));

    [Fact]
    public void Rejects_the_specifications_output_type_variables() => ExpectErrors(Rule, """
        query takesCat($cat: Cat) { __typename }
        query takesDogBang($dog: Dog!) { __typename }
        query takesListOfPet($pets: [Pet]) { __typename }
        query takesCatOrDog($catOrDog: CatOrDog) { __typename }
        """,
        Error("Variable \"$cat\" cannot be non-input type \"Cat\".", (1, 22)),
        Error("Variable \"$dog\" cannot be non-input type \"Dog!\".", (2, 26)),
        Error("Variable \"$pets\" cannot be non-input type \"[Pet]\".", (3, 29)),
        Error("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", (4, 32)));
}
