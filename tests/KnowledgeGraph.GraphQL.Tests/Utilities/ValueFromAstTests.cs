using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Utilities;

public sealed class ValueFromAstTests
{
    private static readonly GraphQLSchema Sample = Schema("""
        type Query { a: Int }
        input Point { x: Int! y: Int = 7 }
        input Choice @oneOf { a: Int b: String }
        enum Color { RED }
        """);

    // The outcome as text, so nested arrays and dictionaries compare by content.
    private static (bool Valid, string Value) Convert(string literal, string type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var valid = ValueFromAst.TryConvert(Parser.ParseValue(literal), TypeFromAst.Convert(Sample, Parser.ParseType(type))!, variables, out var value);
        return (valid, Shape(value));
    }

    private static string Shape(object? value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            ResponseWriter.WriteValue(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Coerces_literals_of_every_kind()
    {
        Assert.Equal((true, "3"), Convert("3", "Int"));
        Assert.Equal((true, "\"RED\""), Convert("RED", "Color"));
        Assert.Equal((true, "null"), Convert("null", "Int"));
        Assert.Equal((true, "[1,null]"), Convert("[1, null]", "[Int]"));
        Assert.Equal((true, "[4]"), Convert("4", "[Int]"));
        Assert.Equal((true, """{"x":1,"y":7}"""), Convert("{x: 1}", "Point"));
    }

    [Fact]
    public void Refuses_invalid_literals()
    {
        Assert.False(Convert("null", "Int!").Valid);
        Assert.False(Convert("\"3\"", "Int").Valid);
        Assert.False(Convert("[1, \"x\"]", "[Int]").Valid);
        Assert.False(Convert("{y: 1}", "Point").Valid);
        Assert.False(Convert("1", "Point").Valid);
        Assert.False(Convert("{a: 1, b: \"x\"}", "Choice").Valid);
        Assert.False(Convert("{a: null}", "Choice").Valid);
    }

    [Fact]
    public void Reads_variables_and_treats_absent_ones_by_position()
    {
        var variables = new Dictionary<string, object?> { ["n"] = 5, ["none"] = null };

        Assert.Equal((true, "5"), Convert("$n", "Int", variables));
        Assert.False(Convert("$absent", "Int", variables).Valid);
        Assert.False(Convert("$none", "Int!", variables).Valid);
        Assert.Equal((true, "[1,null]"), Convert("[1, $absent]", "[Int]", variables));
        Assert.False(Convert("[1, $absent]", "[Int!]", variables).Valid);
        Assert.Equal((true, """{"x":5,"y":7}"""), Convert("{x: $n, y: $absent}", "Point", variables));
    }

    [Fact]
    public void Converts_literals_without_a_type()
    {
        Assert.Equal(
            """{"a":[1,2.5,"s",true,null,"ENUM"],"v":9}""",
            Shape(ValueFromAstUntyped.Convert(Parser.ParseValue("{a: [1, 2.5, \"s\", true, null, ENUM], v: $v}"), new Dictionary<string, object?> { ["v"] = 9 })));
        Assert.Equal(1e10, ValueFromAstUntyped.Convert(Parser.ParseValue("10000000000")));
    }
}
