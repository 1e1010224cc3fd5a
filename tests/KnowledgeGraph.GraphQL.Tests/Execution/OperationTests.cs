using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class OperationTests
{
    private const string Sdl = """
        type Query { echo(text: String, times: Int = 1, tags: [String!]): String items: [Int] }
        """;

    private static GraphQLSchema EchoSchema() => Schema(Sdl, b => b.AddResolver("Query.echo", c =>
        string.Concat(Enumerable.Repeat(c.GetArgument<string>("text"), c.GetArgument<int>("times")))
        + (c.Arguments.TryGetValue("tags", out var tags) && tags is object?[] list ? "|" + string.Join(",", list) : string.Empty)));

    [Fact]
    public async Task Accepts_variables_as_clr_values()
    {
        var result = await new Executor(EchoSchema()).ExecuteAsync(new ExecutionRequest
        {
            Document = Parser.Parse("query ($t: String!, $n: Int, $tags: [String!]) { echo(text: $t, times: $n, tags: $tags) }"),
            VariableValues = new Dictionary<string, object?> { ["t"] = "ab", ["n"] = 2L, ["tags"] = new List<string> { "x", "y" } },
        });

        Assert.Equal(Json("""{"data":{"echo":"abab|x,y"}}"""), ResponseWriter.ToJson(result));
    }

    [Fact]
    public async Task Reuses_plans_across_requests_and_threads_with_identical_results()
    {
        var schema = EchoSchema();
        var executor = new Executor(schema);
        var document = Parser.Parse("query ($skip: Boolean!) { a: echo(text: \"x\") b: echo(text: \"y\") @skip(if: $skip) c: echo(text: \"z\", times: 3) }");

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(async () => ResponseWriter.ToJson(await executor.ExecuteAsync(new ExecutionRequest
        {
            Document = document,
            VariableValues = new Dictionary<string, object?> { ["skip"] = i % 2 == 0 },
        })))));

        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal(Json("""{"data":{"a":"x","c":"zzz"}}"""), r));
        Assert.All(results.Where((_, i) => i % 2 == 1), r => Assert.Equal(Json("""{"data":{"a":"x","b":"y","c":"zzz"}}"""), r));
    }

    [Fact]
    public async Task Gives_up_after_too_many_variable_errors()
    {
        var result = await new Executor(EchoSchema()).ExecuteAsync(new ExecutionRequest
        {
            Document = Parser.Parse("query ($a: Int, $b: Int, $c: Int) { items }"),
            VariableValues = new Dictionary<string, object?> { ["a"] = "1", ["b"] = "2", ["c"] = "3" },
            MaxCoercionErrors = 2,
        });

        Assert.False(result.HasData);
        Assert.Equal(
            [
                "Variable \"$a\" got invalid value \"1\"; Int cannot represent non-integer value: \"1\"",
                "Variable \"$b\" got invalid value \"2\"; Int cannot represent non-integer value: \"2\"",
                "Too many errors processing variables, error limit reached. Execution aborted.",
            ],
            result.Errors!.Select(e => e.Message));
    }

    [Fact]
    public async Task Hides_suggestions_in_variable_errors_on_request()
    {
        var schema = Schema("type Query { a(c: Color): Int } enum Color { RED }");

        var result = await new Executor(schema).ExecuteAsync(new ExecutionRequest
        {
            Document = Parser.Parse("query ($c: Color) { a(c: $c) }"),
            VariableValues = new Dictionary<string, object?> { ["c"] = "RDE" },
            HideSuggestions = true,
        });

        Assert.Equal("Variable \"$c\" got invalid value \"RDE\"; Value \"RDE\" does not exist in \"Color\" enum.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public void Reads_variables_from_a_json_object_only()
    {
        Assert.Null(ExecutionRequest.VariablesFromJson(Root("null")));
        Assert.Equal(["a"], ExecutionRequest.VariablesFromJson(Root("""{"a":1}"""))!.Keys);
        Assert.Throws<ArgumentException>(() => ExecutionRequest.VariablesFromJson(Root("\"{}\"")));
    }
}
