using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private const string Sdl = """
        type Query {
          hello: String
          number: Int
          nested: Nested
          list: [Int]
        }

        type Nested {
          name: String!
          again: Nested
        }
        """;

    [Fact]
    public async Task Resolves_fields_from_a_json_root_value_in_selection_order()
    {
        var schema = Schema(Sdl);
        var root = Root("""{"hello":"world","number":4,"nested":{"name":"a","again":{"name":"b"}},"list":[1,2,null]}""");

        var json = await RunAsync(schema, "{ list number alias: hello nested { again { name } name } }", root);

        Assert.Equal(
            Json("""{"data":{"list":[1,2,null],"number":4,"alias":"world","nested":{"again":{"name":"b"},"name":"a"}}}"""),
            json);
    }

    [Fact]
    public async Task Answers_typename_on_every_object()
    {
        var schema = Schema(Sdl);

        var json = await RunAsync(schema, "{ __typename nested { __typename } }", Root("""{"nested":{}}"""));

        Assert.Equal(Json("""{"data":{"__typename":"Query","nested":{"__typename":"Nested"}}}"""), json);
    }

    [Fact]
    public async Task Null_from_a_non_null_field_nulls_the_parent_with_path_and_location()
    {
        var schema = Schema(Sdl);

        var json = await RunAsync(schema, "{\n  nested {\n    name\n  }\n}", Root("""{"nested":{"name":null}}"""));

        Assert.Equal(
            Json("""{"errors":[{"message":"Cannot return null for non-nullable field Nested.name.","locations":[{"line":3,"column":5}],"path":["nested","name"]}],"data":{"nested":null}}"""),
            json);
    }
}
