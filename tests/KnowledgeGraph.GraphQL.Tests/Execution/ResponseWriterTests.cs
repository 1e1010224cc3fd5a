using System.Text;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class ResponseWriterTests
{
    [Fact]
    public void Writes_errors_then_data_then_extensions()
    {
        var result = new ExecutionResult(
            new Dictionary<string, object?> { ["b"] = 1, ["a"] = new object?[] { 1.5, "x", null, true } },
            hasData: true,
            [new GraphQLError("Oops.", nodes: null, path: ["b"], extensions: new Dictionary<string, object?> { ["code"] = "E" })],
            new Dictionary<string, object?> { ["cost"] = 3 });

        Assert.Equal(
            """{"errors":[{"message":"Oops.","path":["b"],"extensions":{"code":"E"}}],"data":{"b":1,"a":[1.5,"x",null,true]},"extensions":{"cost":3}}""",
            ResponseWriter.ToJson(result));
    }

    [Fact]
    public void Leaves_data_out_of_request_errors_and_empty_parts_out_of_errors()
    {
        var result = ExecutionResult.FromErrors([new GraphQLError("Must provide an operation.")]);

        Assert.Equal("""{"errors":[{"message":"Must provide an operation."}]}""", ResponseWriter.ToJson(result));
        Assert.Equal("""{"data":null}""", ResponseWriter.ToJson(new ExecutionResult(null, hasData: true, [], new Dictionary<string, object?>())));
    }

    [Fact]
    public void Writes_numbers_and_text_as_javascript_json_stringify_does()
    {
        var data = new Dictionary<string, object?>
        {
            ["numbers"] = new object[] { 1e21, 1e-7, 0.1, 100.0, -0.0, double.NaN, 5L, 2.5m, 1.25f },
            ["text"] = "é <tag> & \"quoted\" \n",
        };

        Assert.Equal(
            """{"data":{"numbers":[1e+21,1e-7,0.1,100,0,null,5,2.5,1.25],"text":"é <tag> & \"quoted\" \n"}}""",
            ResponseWriter.ToJson(new ExecutionResult(data, hasData: true, null, null)));
    }

    [Fact]
    public async Task Streams_a_whole_response_as_utf8()
    {
        var result = await ExecuteAsync(Schema("type Query { greeting: String }"), "{ greeting }", Root("""{"greeting":"héllo"}"""));
        using var stream = new MemoryStream();

        await ResponseWriter.WriteAsync(stream, result);

        Assert.Equal("""{"data":{"greeting":"héllo"}}""", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task Exposes_data_as_ordered_dictionaries_and_lists()
    {
        var result = await ExecuteAsync(Schema("type Query { b: Int a: [String] }"), "{ b a }", Root("""{"a":["x","y"],"b":2}"""));

        var data = result.Data!;
        Assert.Equal(["b", "a"], data.Keys);
        Assert.Equal(2, data["b"]);
        Assert.Equal(["x", "y"], (IReadOnlyList<object?>)data["a"]!);
        Assert.True(data.ContainsKey("a"));
        Assert.False(data.TryGetValue("c", out _));
    }
}
