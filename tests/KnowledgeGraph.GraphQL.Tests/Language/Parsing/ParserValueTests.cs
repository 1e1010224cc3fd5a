using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language.Parsing;

public sealed class ParserValueTests
{
    [Fact]
    public void Keeps_number_literals_as_written()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[9007199254740993, -0, 1.50, 6.02E+23]"));

        Assert.Equal("9007199254740993", Assert.IsType<IntValueNode>(list.Values[0]).Value);
        Assert.Equal("-0", Assert.IsType<IntValueNode>(list.Values[1]).Value);
        Assert.Equal("1.50", Assert.IsType<FloatValueNode>(list.Values[2]).Value);
        Assert.Equal("6.02E+23", Assert.IsType<FloatValueNode>(list.Values[3]).Value);
    }

    [Fact]
    public void Tells_booleans_null_and_enum_values_apart()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[true, false, null, RED, True]"));

        Assert.True(Assert.IsType<BooleanValueNode>(list.Values[0]).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(list.Values[1]).Value);
        Assert.IsType<NullValueNode>(list.Values[2]);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(list.Values[3]).Value);
        Assert.Equal("True", Assert.IsType<EnumValueNode>(list.Values[4]).Value);
    }

    [Fact]
    public void Parses_strings_and_marks_block_strings()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[\"a\\nb\", \"\"\"\n  block\n\"\"\"]"));

        var quoted = Assert.IsType<StringValueNode>(list.Values[0]);
        var block = Assert.IsType<StringValueNode>(list.Values[1]);
        Assert.Equal(("a\nb", false), (quoted.Value, quoted.Block));
        Assert.Equal(("block", true), (block.Value, block.Block));
    }

    [Fact]
    public void Parses_nested_objects_and_lists_with_variables()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{ list: [1, $v], empty: {}, none: [] }"));

        Assert.Equal(["list", "empty", "none"], value.Fields.Select(f => f.Name.Value));
        Assert.Equal("v", Assert.IsType<VariableNode>(Assert.IsType<ListValueNode>(value.Fields[0].Value).Values[1]).Name.Value);
        Assert.Empty(Assert.IsType<ObjectValueNode>(value.Fields[1].Value).Fields);
        Assert.Empty(Assert.IsType<ListValueNode>(value.Fields[2].Value).Values);
    }

    [Fact]
    public void Parses_constant_values_without_variables()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseConstValue("{ a: [1, \"two\"] }"));

        Assert.Equal("a", Assert.Single(value.Fields).Name.Value);
    }

    [Fact]
    public void Parses_type_references()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[String!]]!"));

        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(inner.Type).Type).Name.Value);
    }
}
