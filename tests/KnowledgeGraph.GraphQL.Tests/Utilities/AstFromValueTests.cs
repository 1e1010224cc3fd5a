using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Utilities;

public sealed class AstFromValueTests
{
    private static readonly GraphQLSchema Sample = Schema("""
        type Query { a: Int b: ID }
        input Point { x: Float! y: [Int] label: String }
        enum Color { RED GREEN }
        """);

    private static string? Print(object? value, string type) =>
        AstFromValue.Convert(value, TypeFromAst.Convert(Sample, Parser.ParseType(type))!) is { } node ? Printer.Print(node) : null;

    [Fact]
    public void Prints_values_as_graphql_js_prints_default_values()
    {
        Assert.Equal("1", Print(1.0, "Float"));
        Assert.Equal("1.5", Print(1.5, "Float"));
        Assert.Equal("\"42\"", Print("42", "String"));
        Assert.Equal("42", Print("42", "ID"));
        Assert.Equal("\"x42\"", Print("x42", "ID"));
        Assert.Equal("GREEN", Print("GREEN", "Color"));
        Assert.Equal("[1, 2]", Print(new[] { 1, 2 }, "[Int]"));
        Assert.Equal("3", Print(3, "[Int]"));
        Assert.Equal("null", Print(null, "Int"));
        Assert.Null(Print(null, "Int!"));
        Assert.Equal("{x: 1, y: [2]}", Print(new Dictionary<string, object?> { ["x"] = 1, ["y"] = new[] { 2 } }, "Point"));
        Assert.Equal("{x: 1, label: null}", Print(new Dictionary<string, object?> { ["x"] = 1, ["label"] = null, ["extra"] = 3 }, "Point"));
    }

    [Fact]
    public void Refuses_values_that_have_no_literal()
    {
        Assert.Throws<InvalidOperationException>(() => Print(double.NaN, new GraphQLScalarType("Opaque")));
        Assert.Throws<GraphQLError>(() => Print("BLUE", "Color"));
    }

    private static string? Print(object? value, GraphQLType type) =>
        AstFromValue.Convert(value, type) is { } node ? Printer.Print(node) : null;
}
