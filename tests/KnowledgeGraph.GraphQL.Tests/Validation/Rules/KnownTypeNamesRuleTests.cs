using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownTypeNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new KnownTypeNamesRule(context);

    [Fact]
    public void Accepts_known_types_in_variables_and_type_conditions() => ExpectValid(Rule, """
        query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) {
          user(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } }
        }
        fragment PetFields on Pet { name }
        """);

    [Fact]
    public void Rejects_unknown_types_with_suggestions() => ExpectErrors(Rule, """
        query Foo($var: [JumbledUpLetters!]!) {
          user(id: 4) { name pets { ... on Badger { name }, ...PetFields } }
        }
        fragment PetFields on Peat { name }
        """,
        Error("Unknown type \"JumbledUpLetters\".", (1, 18)),
        Error("Unknown type \"Badger\".", (2, 36)),
        Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (4, 23)));

    [Fact]
    public void Does_not_allow_standard_types_the_schema_does_not_use() => ExpectErrors(
        Rule,
        "query ($f: Float) { __typename }",
        Harness.TestSchemas.Build("type Query { foo: String }"),
        Error("Unknown type \"Float\".", (1, 12)));

    [Fact]
    public void Allows_standard_types_in_type_system_definitions_of_the_document() => ExpectErrors(
        Rule,
        """
        type Query { foo: String bar: Float baz: __Type qux: Unknown }
        query ($f: Float) { __typename }
        """,
        Harness.TestSchemas.Build("type Query { foo: String }"),
        Error("Unknown type \"Unknown\".", (1, 54)),
        Error("Unknown type \"Float\".", (2, 12)));

    [Fact]
    public void Knows_types_the_document_defines() => ExpectValid(Rule, """
        type Cow { name: String }
        query ($cow: Cow) { __typename }
        """);

    [Fact]
    public void Rejects_the_specifications_unknown_type_conditions() => ExpectErrors(Rule, """
        fragment notOnExistingType on NotInSchema {
          name
        }

        fragment inlineNotExistingType on Dog {
          ... on NotInSchema {
            name
          }
        }
        """,
        Error("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (1, 31)),
        Error("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (6, 10)));

    [Fact]
    public void Hides_suggestions_when_asked_to() => AssertErrors(
        [Error("Unknown type \"Peat\".", (1, 23))],
        Validate("fragment PetFields on Peat { name }", [Rule], options: new ValidationOptions { HideSuggestions = true }));
}
