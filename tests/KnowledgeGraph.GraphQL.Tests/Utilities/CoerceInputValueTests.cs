using System.Text.Json;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Utilities;

public sealed class CoerceInputValueTests
{
    private static readonly GraphQLSchema Sample = Schema("""
        type Query { a: Int }
        input Point { x: Int! y: Int = 7 }
        input Choice @oneOf { a: Int b: String }
        input Tree { leaf: Int children: [Tree!] }
        """);

    private static (object? Value, List<string> Errors) Coerce(object? input, string type)
    {
        var errors = new List<string>();
        var value = CoerceInputValue.Coerce(
            input,
            TypeFromAst.Convert(Sample, Parser.ParseType(type))!,
            (path, invalid, error) => errors.Add($"{InputValues.PrintPath(path)} {ValueInspector.Inspect(invalid)}: {error.Message}"));
        return (value, errors);
    }

    [Fact]
    public void Coerces_clr_dictionaries_lists_and_numbers()
    {
        var (value, errors) = Coerce(new Dictionary<string, object?> { ["x"] = 3L }, "[Point]");

        Assert.Empty(errors);
        Assert.Equal(new object?[] { new Dictionary<string, object?> { ["x"] = 3, ["y"] = 7 } }, value);
    }

    [Fact]
    public void Coerces_json_values()
    {
        var (value, errors) = Coerce(JsonDocument.Parse("""[{"x":1,"y":null},null]""").RootElement, "[Point]");

        Assert.Empty(errors);
        Assert.Equal(new object?[] { new Dictionary<string, object?> { ["x"] = 1, ["y"] = null }, null }, value);
    }

    [Fact]
    public void Reports_every_problem_with_its_path()
    {
        var (_, errors) = Coerce(JsonDocument.Parse("""[{"y":"2","z":1},3,{"x":null}]""").RootElement, "[Point!]!");

        Assert.Equal(
            [
                "[0] { y: \"2\", z: 1 }: Field \"x\" of required type \"Int!\" was not provided.",
                "[0].y \"2\": Int cannot represent non-integer value: \"2\"",
                "[0] { y: \"2\", z: 1 }: Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"?",
                "[1] 3: Expected type \"Point\" to be an object.",
                "[2].x null: Expected non-nullable type \"Int!\" not to be null.",
            ],
            errors);
    }

    [Fact]
    public void Refuses_a_recursive_input_nested_100_000_levels_deep_with_one_error()
    {
        object tree = new Dictionary<string, object?> { ["leaf"] = 1 };
        for (var level = 0; level < 100_000; level++)
        {
            tree = new Dictionary<string, object?> { ["children"] = new List<object?> { tree } };
        }

        var (_, errors) = Coerce(tree, "Tree");

        var error = Assert.Single(errors);
        Assert.StartsWith(".children[0].children[0]", error, StringComparison.Ordinal);
        Assert.EndsWith(": Value is nested more than 500 levels deep.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coerces_a_recursive_input_nested_to_the_limit()
    {
        object tree = new Dictionary<string, object?> { ["leaf"] = 1 };
        // Each round nests an object and a list: 498 levels, and the leaf's value at 499.
        for (var level = 0; level < 249; level++)
        {
            tree = new Dictionary<string, object?> { ["children"] = new List<object?> { tree } };
        }

        Assert.Empty(Coerce(tree, "Tree").Errors);
    }

    [Fact]
    public void Enforces_one_of_input_objects()
    {
        Assert.Equal([" {}: Exactly one key must be specified for OneOf type \"Choice\"."], Coerce(new Dictionary<string, object?>(), "Choice").Errors);
        Assert.Equal(
            [".a null: Field \"a\" must be non-null."],
            Coerce(new Dictionary<string, object?> { ["a"] = null }, "Choice").Errors);
        Assert.Empty(Coerce(new Dictionary<string, object?> { ["b"] = "x" }, "Choice").Errors);
    }
}
