using System.Text.Json;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Utilities;

/// <summary>Values rendered as graphql-js's <c>inspect</c> renders the JavaScript values they correspond to.</summary>
public sealed class ValueInspectorTests
{
    [Fact]
    public void Renders_primitives()
    {
        Assert.Equal("null", ValueInspector.Inspect(null));
        Assert.Equal("\"a \\\"b\\\"\\n\"", ValueInspector.Inspect("a \"b\"\n"));
        Assert.Equal("true", ValueInspector.Inspect(true));
        Assert.Equal("1.5", ValueInspector.Inspect(1.5));
        Assert.Equal("-3", ValueInspector.Inspect(-3L));
        Assert.Equal("\"\\ud800\"", ValueInspector.Inspect("\ud800"));
    }

    [Fact]
    public void Renders_lists_with_at_most_ten_items()
    {
        Assert.Equal("[]", ValueInspector.Inspect(Array.Empty<int>()));
        Assert.Equal("[1, \"two\", null]", ValueInspector.Inspect(new object?[] { 1, "two", null }));
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 1 more item]", ValueInspector.Inspect(Enumerable.Range(0, 11).ToList()));
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 5 more items]", ValueInspector.Inspect(Enumerable.Range(0, 15).ToArray()));
    }

    [Fact]
    public void Renders_objects_and_abbreviates_deep_nesting()
    {
        var nested = new Dictionary<string, object?> { ["a"] = new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["c"] = 1 } } };

        Assert.Equal("{}", ValueInspector.Inspect(new Dictionary<string, object?>()));
        Assert.Equal("{ a: { b: [Object] } }", ValueInspector.Inspect(nested));
        Assert.Equal("[[[Array]]]", ValueInspector.Inspect(new object[] { new object[] { new object[] { 1 } } }));
        Assert.Equal("{ x: 1, y: [true] }", ValueInspector.Inspect(JsonDocument.Parse("""{"x":1,"y":[true]}""").RootElement));
        Assert.Equal("{ Name: \"n\", Size: 2 }", ValueInspector.Inspect(new { Name = "n", Size = 2 }));
    }

    [Fact]
    public void Renders_types_unquoted_as_their_to_json_does()
    {
        Assert.Equal("[Int!]", ValueInspector.Inspect(new GraphQLList(new GraphQLNonNull(SpecifiedScalars.Int))));
        Assert.Equal("2024-01-02T03:04:05.0000000Z", ValueInspector.Inspect(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc)));
    }
}
