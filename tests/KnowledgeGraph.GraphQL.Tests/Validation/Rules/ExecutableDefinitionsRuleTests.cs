using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ValidationRule Rule = context => new ExecutableDefinitionsRule(context);

    [Fact]
    public void Accepts_a_lone_operation() => ExpectValid(Rule, "query Foo { dog { name } }");

    [Fact]
    public void Accepts_operations_and_fragments() => ExpectValid(Rule, """
        query Foo { dog { name ...Frag } }
        fragment Frag on Dog { name }
        """);

    [Fact]
    public void Rejects_type_definitions_and_extensions_by_name() => ExpectErrors(Rule, """
        query Foo { dog { name } }
        type Cow { name: String }
        extend type Dog { color: String }
        """,
        Error("The \"Cow\" definition is not executable.", (2, 1)),
        Error("The \"Dog\" definition is not executable.", (3, 1)));

    [Fact]
    public void Calls_schema_definitions_and_extensions_schema() => ExpectErrors(Rule, """
        schema { query: Query }
        type Query { test: String }
        extend schema @directive
        """,
        Error("The schema definition is not executable.", (1, 1)),
        Error("The \"Query\" definition is not executable.", (2, 1)),
        Error("The schema definition is not executable.", (3, 1)));

    [Fact]
    public void Rejects_directive_definitions_and_described_types() => ExpectErrors(Rule, """
        { dog { name } }
        directive @d on FIELD
        "A scalar." scalar S
        """,
        Error("The \"d\" definition is not executable.", (2, 1)),
        Error("The \"S\" definition is not executable.", (3, 1)));

    [Fact]
    public void Rejects_the_specifications_type_extension_counter_example() => ExpectErrors(Rule, """
        query getDogName {
          dog {
            name
            color
          }
        }

        extend type Dog {
          color: String
        }
        """,
        Error("The \"Dog\" definition is not executable.", (8, 1)));
}
