using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public sealed class GraphQLEnumTypeTests
{
    private static readonly GraphQLEnumType Color = new("Color", [new("RED", 0), new("GREEN", 1), new("BLUE", "blue")]);

    [Fact]
    public void Serializes_internal_values_to_names()
    {
        Assert.Equal("GREEN", Color.Serialize(1));
        Assert.Equal("BLUE", Color.Serialize("blue"));
        Assert.Equal("Enum \"Color\" cannot represent value: \"RED\"", Assert.Throws<GraphQLError>(() => Color.Serialize("RED")).Message);
    }

    [Fact]
    public void Parses_names_with_suggestions_unless_hidden()
    {
        Assert.Equal(0, Color.ParseValue("RED"));
        Assert.Equal(
            "Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?",
            Assert.Throws<GraphQLError>(() => Color.ParseValue("GREN")).Message);
        Assert.Equal(
            "Value \"GREN\" does not exist in \"Color\" enum.",
            Assert.Throws<GraphQLError>(() => Color.ParseValue("GREN", hideSuggestions: true)).Message);
        Assert.Equal(
            "Enum \"Color\" cannot represent non-string value: 2.",
            Assert.Throws<GraphQLError>(() => Color.ParseValue(2)).Message);
    }

    [Fact]
    public void Parses_enum_literals_only()
    {
        Assert.Equal("blue", Color.ParseLiteral(Parser.ParseValue("BLUE")));
        Assert.Equal(
            "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?",
            Assert.Throws<GraphQLError>(() => Color.ParseLiteral(Parser.ParseValue("\"RED\""))).Message);
        Assert.Equal(
            "Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?",
            Assert.Throws<GraphQLError>(() => Color.ParseLiteral(Parser.ParseValue("red"))).Message);
    }
}
