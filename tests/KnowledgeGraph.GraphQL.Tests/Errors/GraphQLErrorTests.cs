using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Errors;

public sealed class GraphQLErrorTests
{
    [Fact]
    public void Locates_itself_at_the_start_of_each_node()
    {
        var document = Parser.Parse("{\n  actor {\n    name\n  }\n}");
        var actor = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        var name = actor.SelectionSet!.Selections[0];

        var error = new GraphQLError("Cannot query field.", [actor, name]);

        Assert.Equal([new SourceLocation(2, 3), new SourceLocation(3, 5)], error.Locations);
        Assert.Equal([4, 16], error.Positions);
        Assert.Same(actor.Loc!.Source, error.DocumentSource);
        Assert.Equal([actor, name], error.Nodes);
    }

    [Fact]
    public void Has_no_locations_for_nodes_without_them()
    {
        var node = new NameNode { Value = "built in code" };

        var error = new GraphQLError("No source.", node);

        Assert.Null(error.Locations);
        Assert.Null(error.DocumentSource);
        Assert.Equal([node], error.Nodes);
    }

    [Fact]
    public void Prefers_explicit_source_positions_over_node_locations()
    {
        var source = new Source("ab\ncd");
        var node = Parser.Parse("{ a }").Definitions[0];

        var error = new GraphQLError("At a position.", [node], source, [4]);

        Assert.Equal([new SourceLocation(2, 2)], error.Locations);
        Assert.Same(source, error.DocumentSource);
    }

    [Fact]
    public void Keeps_the_response_path_and_the_original_exception()
    {
        var cause = new InvalidOperationException("store unavailable");

        var error = new GraphQLError("store unavailable", nodes: null, path: ["actors", 0, "name"], originalError: cause);

        Assert.Equal(["actors", 0, "name"], error.Path);
        Assert.Same(cause, error.OriginalError);
        Assert.Same(cause, error.InnerException);
        Assert.Null(error.Extensions);
    }

    [Fact]
    public void Takes_extensions_from_a_wrapped_graphql_error_unless_given()
    {
        var inner = new GraphQLError("inner", nodes: null, extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" });

        var inherited = new GraphQLError("outer", inner);
        var own = new GraphQLError("outer", nodes: null, originalError: inner, extensions: new Dictionary<string, object?> { ["code"] = "OTHER" });

        Assert.Equal("FORBIDDEN", inherited.Extensions?["code"]);
        Assert.Equal("OTHER", own.Extensions?["code"]);
    }

    [Fact]
    public void Treats_an_empty_node_list_as_no_nodes()
    {
        var error = new GraphQLError("Nothing to point at.", []);

        Assert.Null(error.Nodes);
        Assert.Null(error.Locations);
        Assert.Null(error.Positions);
    }
}
