using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language.Ast;

public sealed class DirectiveLocationNamesTests
{
    [Theory]
    [InlineData(DirectiveLocation.Query, "QUERY")]
    [InlineData(DirectiveLocation.FragmentDefinition, "FRAGMENT_DEFINITION")]
    [InlineData(DirectiveLocation.VariableDefinition, "VARIABLE_DEFINITION")]
    [InlineData(DirectiveLocation.ArgumentDefinition, "ARGUMENT_DEFINITION")]
    [InlineData(DirectiveLocation.InputFieldDefinition, "INPUT_FIELD_DEFINITION")]
    public void Names_locations_as_the_spec_does(DirectiveLocation location, string name)
    {
        Assert.Equal(name, location.ToSpecName());
        Assert.True(DirectiveLocationNames.TryParse(name, out var parsed));
        Assert.Equal(location, parsed);
    }

    [Fact]
    public void Round_trips_every_location()
    {
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            Assert.True(DirectiveLocationNames.TryParse(location.ToSpecName(), out var parsed));
            Assert.Equal(location, parsed);
        }
    }

    [Theory]
    [InlineData("field")]
    [InlineData("UNKNOWN")]
    [InlineData("")]
    public void Refuses_names_that_are_not_locations(string name)
    {
        Assert.False(DirectiveLocationNames.TryParse(name, out _));
    }
}
