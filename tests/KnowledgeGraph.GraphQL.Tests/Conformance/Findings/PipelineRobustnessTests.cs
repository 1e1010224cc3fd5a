using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;
using KnowledgeGraph.GraphQL.Benchmarks.Newsroom;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Conformance.Findings;

/// <summary>
/// Requests the fuzzer found to make the engine throw instead of answering with GraphQL errors, each
/// reduced to its smallest form. A host turns an escaping exception into a 500 response.
/// </summary>
public sealed class PipelineRobustnessTests
{
    private static readonly GraphQLRequestExecutor Pipeline =
        new(NewsroomSchema.Build(NewsroomGraph.Load(NewsroomData.Generate(actorCount: 5, articleCount: 5))), new PipelineValidator());

    [Theory]
    [InlineData("query ($id: ID!) { actor(id: $id) { name } }", """{"id": "\ud800"}""")]
    [InlineData("query ($first: Int) { articles(first: $first) { id } }", """{"first": "\ud800"}""")]
    [InlineData("query ($type: TieType) { actor(id: \"actor-1\") { ties(type: $type) { id } } }", """{"type": "\udc00x"}""")]
    public async Task Variables_holding_an_escaped_lone_surrogate_are_answered_not_thrown(string query, string variables)
    {
        // Valid JSON (RFC 8259 allows any \u escape), as a host reads it from a request body.
        using var json = JsonDocument.Parse(variables);

        var result = await Pipeline.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            VariableValues = ExecutionRequest.VariablesFromJson(json.RootElement),
        });

        Assert.True(result.HasData || result.Errors is { Count: > 0 });
        Assert.NotEmpty(ResponseWriter.ToJson(result));
    }

    [Theory]
    [InlineData(" a {", 3_000)]
    [InlineData(" ... on Query {", 2_400)]
    [InlineData(" node(id: \"actor-1\") { ... on Actor { ties { source {", 500)]
    public void A_deeply_nested_document_within_the_token_limit_is_answered_not_thrown(string level, int depth)
    {
        // Under the default limit of 10,000 tokens, so the parser accepts it.
        var query = "{" + string.Concat(Enumerable.Repeat(level, depth)) + " __typename" + new string('}', (level.Count(c => c == '{') * depth) + 1);
        AssertAnswered(query);
    }

    [Theory]
    [InlineData("actors(filter:", "[", "]", 4_900)]
    [InlineData("actors(filter:", "{a: ", "}", 2_400)]
    [InlineData("search(text:", "[", "]", 4_000)]
    [InlineData("search(text:", "{a: ", "}", 2_400)]
    [InlineData("search(text:", "{a: ", "}", 1_400)]
    public void A_deeply_nested_argument_within_the_token_limit_is_answered_not_thrown(string field, string open, string close, int depth)
    {
        var query = "{ " + field + " " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + ") { __typename } }";
        AssertAnswered(query);
    }

    [Theory]
    [InlineData("fragment F{0} on Query {{ ...F{1} }}")]
    [InlineData("fragment F{0} on Query {{ a{0}: node(id: \"tie-1-1\") {{ ... on Tie {{ source {{ __typename }} }} }} ...F{1} }}")]
    [InlineData("fragment F{0} on Actor {{ ties {{ target {{ ...F{1} }} }} }}")]
    public void A_chain_of_100_000_fragments_without_a_token_limit_is_answered_not_thrown(string link)
    {
        const int length = 100_000;
        var root = link.Contains("on Actor", StringComparison.Ordinal) ? "{ actor(id: \"actor-1\") { ...F0 } }" : "{ ...F0 }";
        var fragments = Enumerable.Range(0, length).Select(i => string.Format(CultureInfo.InvariantCulture, link, i, i + 1));
        var query = root + "\n" + string.Join('\n', fragments) + "\nfragment F" + length + (root.Contains("actor", StringComparison.Ordinal) ? " on Actor { id }" : " on Query { __typename }");

        var result = RunOnHostStack(() =>
        {
            var document = Parser.Parse(query);
            var errors = DocumentValidator.Validate(Pipeline.Schema, document);
            return errors.Count > 0
                ? ExecutionResult.FromErrors(errors)
                : new Executor(Pipeline.Schema).ExecuteAsync(new ExecutionRequest { Document = document }).AsTask().GetAwaiter().GetResult();
        });

        Assert.NotNull(result);
    }

    /// <summary>
    /// Runs a request where hosts run them, on a thread with the 1.5 MB stack of a thread-pool thread on
    /// Linux, once the engine's code is warm: in a Release build, optimized code takes much more stack per
    /// nesting level than code compiled on first use, so the parser accepts 1,400 levels of <c>{a: </c>
    /// that the validator's visitor cannot walk (the fuzzer found it; <c>dotnet test -c Release</c> shows it).
    /// </summary>
    private static void AssertAnswered(string query)
    {
        var result = RunOnHostStack(() => Pipeline.ExecuteAsync(new GraphQLRequest { Query = query }).AsTask().GetAwaiter().GetResult());
        Assert.NotNull(result.Errors);
    }

    private static ExecutionResult RunOnHostStack(Func<ExecutionResult> request)
    {
        WarmUp.Value.Wait();
        ExecutionResult? result = null;
        Exception? escaped = null;
        var worker = new Thread(() => escaped = Record.Exception(() => result = request()), 1536 * 1024);

        worker.Start();
        worker.Join();

        Assert.Null(escaped);
        return result!;
    }

    private static readonly Lazy<Task> WarmUp = new(() => Task.Run(async () =>
    {
        var moderatelyDeep = "{ search(text: " + string.Concat(Enumerable.Repeat("{a: ", 40)) + "1" + new string('}', 40) + ") { __typename } a: actors { ... on Actor { ties { target { name } } } } }";
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 300; i++)
            {
                await Pipeline.ExecuteAsync(new GraphQLRequest { Query = moderatelyDeep + new string(' ', i + (round * 300)) });
            }

            // Tiered compilation installs optimized code in the background after a short delay.
            await Task.Delay(500);
        }
    }));

    [Fact]
    public async Task A_custom_scalar_refusing_a_variable_with_an_ArgumentException_gives_a_variable_error()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("scalar Code\ntype Query { echo(code: Code): Code }")
            .AddScalar("Code", value => value, value => value is string { Length: 3 } code ? code : throw new ArgumentException("A code has three letters."))
            .AddResolver("Query.echo", context => context.Arguments["code"])
            .Build();
        var executor = new Executor(schema);

        var result = await executor.ExecuteAsync(new ExecutionRequest
        {
            Document = Parser.Parse("query ($code: Code) { echo(code: $code) }"),
            VariableValues = new Dictionary<string, object?> { ["code"] = "toolong" },
        });

        // graphql-js wraps whatever parseValue throws: Variable "$code" got invalid value "toolong"; Expected type "Code". A code has three letters.
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Variable \"$code\" got invalid value \"toolong\"; Expected type \"Code\". A code has three letters.", error.Message);
    }
}
