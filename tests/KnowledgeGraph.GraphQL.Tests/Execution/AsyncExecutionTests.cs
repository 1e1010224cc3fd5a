using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class AsyncExecutionTests
{
    private const string Sdl = """
        type Query { fast: Int slow: Int failing: Int failingNonNull: Int! nested: Nested list: [Nested] }
        type Mutation { append(value: String!): [String!]! }
        type Nested { value: Int! late: Int! other: String }
        """;

    [Fact]
    public async Task Completes_synchronously_when_every_resolver_does()
    {
        var schema = Schema(Sdl, b => b.AddResolver("Query.fast", _ => 1));
        var executor = new Executor(schema);

        var pending = executor.ExecuteAsync(new ExecutionRequest { Document = Parser.Parse("{ fast nested { value } }"), RootValue = Root("""{"nested":{"value":2}}""") });

        Assert.True(pending.IsCompletedSuccessfully);
        Assert.Equal(Json("""{"data":{"fast":1,"nested":{"value":2}}}"""), ResponseWriter.ToJson(await pending));
    }

    [Fact]
    public async Task Async_resolvers_overlap_and_results_keep_selection_order()
    {
        var started = 0;
        var bothStarted = new TaskCompletionSource();
        async ValueTask<object?> Overlapping(int value)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
            return value;
        }

        var schema = Schema(Sdl, b => b
            .AddResolver("Query.slow", _ => Overlapping(2))
            .AddResolver("Query.fast", _ => Overlapping(1)));

        var json = await RunAsync(schema, "{ slow fast }");

        Assert.Equal(Json("""{"data":{"slow":2,"fast":1}}"""), json);
    }

    [Fact]
    public async Task Async_errors_become_field_errors_with_paths_and_keep_extensions()
    {
        var schema = Schema(Sdl, b => b
            .AddResolver("Query.failing", async _ =>
            {
                await Task.Yield();
                throw new GraphQLError("Not allowed.", nodes: null, extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN", ["retry"] = false });
            })
            .AddResolver("Nested.late", async c =>
            {
                await Task.Delay(1);
                return c.Path[^2] is 1 ? null : 5;
            }));

        var json = await RunAsync(schema, "{ failing list { value late } }", Root("""{"list":[{"value":1},{"value":2},{"value":3}]}"""));

        Assert.Equal(
            Json("""
                {"errors":[
                  {"message":"Not allowed.","locations":[{"line":1,"column":3}],"path":["failing"],"extensions":{"code":"FORBIDDEN","retry":false}},
                  {"message":"Cannot return null for non-nullable field Nested.late.","locations":[{"line":1,"column":24}],"path":["list",1,"late"]}],
                 "data":{"failing":null,"list":[{"value":1,"late":5},null,{"value":3,"late":5}]}}
                """),
            json);
    }

    [Fact]
    public async Task An_async_non_null_failure_at_the_root_nulls_the_data_and_later_errors_are_dropped()
    {
        var release = new TaskCompletionSource();
        var schema = Schema(Sdl, b => b
            .AddResolver("Query.failingNonNull", async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("Root failed.");
            })
            .AddResolver("Query.slow", async _ =>
            {
                await release.Task;
                throw new InvalidOperationException("Too late to matter.");
            }));

        // The root failure must be processed before slow fails; nothing observable says when it has been, so slow is
        // held for long enough that a busy machine running the other tests still gets there (50 ms failed 1 run in 40).
        var running = ExecuteAsync(schema, "{ slow failingNonNull }");
        await Task.Delay(250);
        release.SetResult();
        var result = await running;

        Assert.Equal(Json("""{"errors":[{"message":"Root failed.","locations":[{"line":1,"column":8}],"path":["failingNonNull"]}],"data":null}"""), ResponseWriter.ToJson(result));
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_the_other()
    {
        var log = new List<string>();
        var schema = Schema(Sdl, b => b.AddResolver("Mutation.append", async c =>
        {
            var value = c.GetArgument<string>("value")!;
            log.Add("start " + value);
            await Task.Delay(value == "first" ? 30 : 1);
            log.Add("end " + value);
            return log.ToArray();
        }));

        var json = await RunAsync(schema, """mutation { a: append(value: "first") b: append(value: "second") }""");

        Assert.Equal(["start first", "end first", "start second", "end second"], log);
        Assert.Equal(
            Json("""{"data":{"a":["start first","end first"],"b":["start first","end first","start second","end second"]}}"""),
            json);
    }

    [Fact]
    public async Task Cancellation_stops_execution_promptly_and_reaches_resolvers()
    {
        var resolverSawCancellation = new TaskCompletionSource<bool>();
        var schema = Schema(Sdl, b => b.AddResolver("Query.slow", async c =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return 1;
            }
            catch (OperationCanceledException)
            {
                resolverSawCancellation.SetResult(true);
                throw;
            }
        }));
        using var cancellation = new CancellationTokenSource();

        var running = ExecuteAsync(schema, "{ fast slow }", cancellationToken: cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await running.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(await resolverSawCancellation.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_cancelled_token_stops_before_resolving_anything()
    {
        var calls = 0;
        var schema = Schema(Sdl, b => b.AddResolver("Query.fast", _ => ++calls));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await ExecuteAsync(schema, "{ fast }", cancellationToken: new CancellationToken(canceled: true)));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task A_resolver_timing_out_on_its_own_is_a_field_error_not_a_cancellation()
    {
        var schema = Schema(Sdl, b => b.AddResolver("Query.slow", async _ =>
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(1));
            await Task.Delay(Timeout.Infinite, timeout.Token);
            return 1;
        }));

        var result = await ExecuteAsync(schema, "{ slow }");

        Assert.Equal("A task was canceled.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Resolvers_see_the_request_context_and_the_field_they_resolve()
    {
        var seen = new List<string>();
        var schema = Schema(Sdl, b => b.AddResolver("Query.nested", c =>
        {
            seen.Add($"{c.ParentType.Name}.{c.FieldName} as {c.FieldNodes[0].Alias?.Value} returns {c.ReturnType} for {c.UserContext} at {string.Join('/', c.Path)} in {c.Operation.Name?.Value}");
            return new { Value = 3 };
        }));

        var json = await RunAsync(schema, "query Op { n: nested { value } }");
        _ = await ExecuteAsync(schema, "query Op { n: nested { value } }", userContext: "alice");

        Assert.Equal(Json("""{"data":{"n":{"value":3}}}"""), json);
        Assert.Equal("Query.nested as n returns Nested for alice at n in Op", seen[1]);
    }
}
