using System.Text.Json;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

/// <summary>The coercion matrix of the specified scalars, with graphql-js 16's results and messages.</summary>
public sealed class SpecifiedScalarsTests
{
    public static TheoryData<string, object, object> Serialized => new()
    {
        { "Int", 1, 1 },
        { "Int", 1.0, 1 },
        { "Int", -1L, -1 },
        { "Int", "12", 12 },
        { "Int", " 0x1F ", 31 },
        { "Int", true, 1 },
        { "Int", false, 0 },
        { "Int", 1e3, 1000 },
        { "Float", 1, 1.0 },
        { "Float", 1.5f, 1.5 },
        { "Float", "-1.25", -1.25 },
        { "Float", 2.5m, 2.5 },
        { "Float", true, 1.0 },
        { "String", "s", "s" },
        { "String", 1, "1" },
        { "String", 1.5, "1.5" },
        { "String", 1e21, "1e+21" },
        { "String", 0.0000001, "1e-7" },
        { "String", true, "true" },
        { "String", 'c', "c" },
        { "String", DayOfWeek.Friday, "Friday" },
        { "Boolean", false, false },
        { "Boolean", 0, false },
        { "Boolean", -2.5, true },
        { "ID", "abc", "abc" },
        { "ID", 42, "42" },
        { "ID", 42L, "42" },
        { "ID", 1e3, "1000" },
    };

    public static TheoryData<string, object, string> RefusedOutputs => new()
    {
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", "1.5", "Int cannot represent non-integer value: \"1.5\"" },
        { "Int", "", "Int cannot represent non-integer value: \"\"" },
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", 1e100, "Int cannot represent non 32-bit signed integer value: 1e+100" },
        { "Int", new[] { 1 }, "Int cannot represent non-integer value: [1]" },
        { "Int", double.NaN, "Int cannot represent non-integer value: NaN" },
        { "Float", "abc", "Float cannot represent non numeric value: \"abc\"" },
        { "Float", double.PositiveInfinity, "Float cannot represent non numeric value: Infinity" },
        { "Float", "", "Float cannot represent non numeric value: \"\"" },
        { "String", new Dictionary<string, object?> { ["a"] = 1 }, "String cannot represent value: { a: 1 }" },
        { "String", new List<int>(), "String cannot represent value: []" },
        { "String", double.NaN, "String cannot represent value: NaN" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"" },
        { "Boolean", double.NaN, "Boolean cannot represent a non boolean value: NaN" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", true, "ID cannot represent value: true" },
    };

    public static TheoryData<string, string, object> ParsedValues => new()
    {
        { "Int", "3", 3 },
        { "Int", "3.0", 3 },
        { "Float", "3", 3.0 },
        { "Float", "1e-3", 0.001 },
        { "String", "\"x\"", "x" },
        { "Boolean", "true", true },
        { "ID", "\"x\"", "x" },
        { "ID", "12", "12" },
    };

    public static TheoryData<string, string, string> RefusedValues => new()
    {
        { "Int", "3.5", "Int cannot represent non-integer value: 3.5" },
        { "Int", "\"3\"", "Int cannot represent non-integer value: \"3\"" },
        { "Int", "3000000000", "Int cannot represent non 32-bit signed integer value: 3000000000" },
        { "Int", "true", "Int cannot represent non-integer value: true" },
        { "Float", "\"1\"", "Float cannot represent non numeric value: \"1\"" },
        { "String", "1", "String cannot represent a non string value: 1" },
        { "String", "[\"a\"]", "String cannot represent a non string value: [\"a\"]" },
        { "Boolean", "1", "Boolean cannot represent a non boolean value: 1" },
        { "ID", "1.5", "ID cannot represent value: 1.5" },
        { "ID", "{\"a\":1}", "ID cannot represent value: { a: 1 }" },
    };

    public static TheoryData<string, string, object> ParsedLiterals => new()
    {
        { "Int", "-7", -7 },
        { "Float", "7", 7.0 },
        { "Float", "-1.5e2", -150.0 },
        { "String", "\"\"\"block\"\"\"", "block" },
        { "Boolean", "false", false },
        { "ID", "\"a\"", "a" },
        { "ID", "-0", "-0" },
    };

    public static TheoryData<string, string, string> RefusedLiterals => new()
    {
        { "Int", "1.0", "Int cannot represent non-integer value: 1.0" },
        { "Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", "\"1\"", "Int cannot represent non-integer value: \"1\"" },
        { "Float", "\"1.5\"", "Float cannot represent non numeric value: \"1.5\"" },
        { "Float", "ONE", "Float cannot represent non numeric value: ONE" },
        { "String", "1", "String cannot represent a non string value: 1" },
        { "String", "{a: \"x\"}", "String cannot represent a non string value: {a: \"x\"}" },
        { "Boolean", "\"true\"", "Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5" },
        { "ID", "[1]", "ID cannot represent a non-string and non-integer value: [1]" },
    };

    [Theory]
    [MemberData(nameof(Serialized))]
    public void Serializes_result_values(string scalar, object value, object expected)
    {
        Assert.Equal(expected, Scalar(scalar).Serialize(value));
    }

    [Theory]
    [MemberData(nameof(RefusedOutputs))]
    public void Refuses_result_values_with_graphql_js_messages(string scalar, object value, string message)
    {
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Scalar(scalar).Serialize(value)).Message);
    }

    [Theory]
    [MemberData(nameof(ParsedValues))]
    public void Parses_json_variable_values(string scalar, string json, object expected)
    {
        Assert.Equal(expected, Scalar(scalar).ParseValue(JsonDocument.Parse(json).RootElement));
    }

    [Theory]
    [MemberData(nameof(RefusedValues))]
    public void Refuses_json_variable_values_with_graphql_js_messages(string scalar, string json, string message)
    {
        var value = JsonDocument.Parse(json).RootElement;

        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Scalar(scalar).ParseValue(value)).Message);
    }

    [Theory]
    [MemberData(nameof(ParsedLiterals))]
    public void Parses_literals(string scalar, string literal, object expected)
    {
        Assert.Equal(expected, Scalar(scalar).ParseLiteral(Parser.ParseValue(literal)));
    }

    [Theory]
    [MemberData(nameof(RefusedLiterals))]
    public void Refuses_literals_with_graphql_js_messages_located_at_the_literal(string scalar, string literal, string message)
    {
        var node = Parser.ParseValue(literal);

        var error = Assert.Throws<GraphQLError>(() => Scalar(scalar).ParseLiteral(node));

        Assert.Equal(message, error.Message);
        Assert.Same(node, Assert.Single(error.Nodes!));
    }

    [Fact]
    public void Parses_clr_numbers_given_as_variable_values()
    {
        Assert.Equal(5, SpecifiedScalars.Int.ParseValue(5L));
        Assert.Equal(5, SpecifiedScalars.Int.ParseValue(5.0));
        Assert.Equal(0.5, SpecifiedScalars.Float.ParseValue(0.5m));
        Assert.Equal("5", SpecifiedScalars.ID.ParseValue(5));
    }

    [Fact]
    public void Knows_the_five_specified_scalars_by_name()
    {
        Assert.Equal(["String", "Int", "Float", "Boolean", "ID"], SpecifiedScalars.All.Select(s => s.Name));
        Assert.True(SpecifiedScalars.IsSpecifiedScalarType(new GraphQLScalarType("Int")));
        Assert.False(SpecifiedScalars.IsSpecifiedScalarType(new GraphQLScalarType("Date")));
    }

    private static GraphQLScalarType Scalar(string name) => SpecifiedScalars.All.Single(s => s.Name == name);
}
