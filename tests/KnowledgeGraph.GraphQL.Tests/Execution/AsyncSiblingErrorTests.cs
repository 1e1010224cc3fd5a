using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>
/// A non-null field failing synchronously while earlier siblings still resolve: graphql-js's executeFields waits for
/// those siblings before failing the object, so their errors come first. Each expected response is what graphql-js
/// 16.15 returns for the same schema and resolvers.
/// </summary>
public sealed class AsyncSiblingErrorTests
{
    private const string Sdl = """
        type Query { nested: Nested failing: Int }
        type Nested { value: Int! late: Int! other: String after: String }
        """;

    [Fact]
    public async Task Errors_of_earlier_async_siblings_come_before_the_failure_and_later_siblings_do_not_run()
    {
        var afterRan = false;
        var schema = NestedSchema(b => b.AddResolver("Nested.after", _ =>
        {
            afterRan = true;
            throw new InvalidOperationException("After failed.");
        }));

        var json = await RunAsync(schema, "{ nested { other value after } }");

        Assert.False(afterRan);
        Assert.Equal(
            Json("""
                {"errors":[
                  {"message":"Other failed.","locations":[{"line":1,"column":12}],"path":["nested","other"]},
                  {"message":"Cannot return null for non-nullable field Nested.value.","locations":[{"line":1,"column":18}],"path":["nested","value"]}],
                 "data":{"nested":null}}
                """),
            json);
    }

    [Fact]
    public async Task A_synchronous_error_of_a_later_root_field_comes_before_the_waiting_failure()
    {
        // Other waits for the root sibling: a Task.Yield alone may finish on another core before the executor looks,
        // and a resolver that has finished by then is completed at once, ahead of the sibling.
        var siblingRan = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = NestedSchema(otherWaitsFor: siblingRan.Task, bind: b => b.AddResolver("Query.failing", _ =>
        {
            siblingRan.SetResult();
            throw new InvalidOperationException("Root sibling failed.");
        }));

        var json = await RunAsync(schema, "{ nested { other value } failing }");

        Assert.Equal(
            Json("""
                {"errors":[
                  {"message":"Root sibling failed.","locations":[{"line":1,"column":26}],"path":["failing"]},
                  {"message":"Other failed.","locations":[{"line":1,"column":12}],"path":["nested","other"]},
                  {"message":"Cannot return null for non-nullable field Nested.value.","locations":[{"line":1,"column":18}],"path":["nested","value"]}],
                 "data":{"nested":null,"failing":null}}
                """),
            json);
    }

    [Fact]
    public async Task An_async_non_null_sibling_failing_meanwhile_gives_way_to_the_waiting_failure()
    {
        var json = await RunAsync(NestedSchema(), "{ nested { late value } }");

        Assert.Equal(
            Json("""
                {"errors":[{"message":"Cannot return null for non-nullable field Nested.value.","locations":[{"line":1,"column":17}],"path":["nested","value"]}],
                 "data":{"nested":null}}
                """),
            json);
    }

    [Fact]
    public async Task Async_siblings_after_the_failure_never_start()
    {
        var json = await RunAsync(NestedSchema(), "{ nested { value other } }");

        Assert.Equal(
            Json("""
                {"errors":[{"message":"Cannot return null for non-nullable field Nested.value.","locations":[{"line":1,"column":12}],"path":["nested","value"]}],
                 "data":{"nested":null}}
                """),
            json);
    }

    private static GraphQLSchema NestedSchema(Action<SchemaBuilder>? bind = null, Task? otherWaitsFor = null) => Schema(Sdl, b =>
    {
        b.AddResolver("Query.nested", _ => new Dictionary<string, object?>())
            .AddResolver("Nested.value", _ => null)
            .AddResolver("Nested.late", async _ =>
            {
                await Task.Yield();
                return (object?)null;
            })
            .AddResolver("Nested.other", async _ =>
            {
                await (otherWaitsFor ?? Task.CompletedTask);
                await Task.Yield();
                throw new InvalidOperationException("Other failed.");
            });
        bind?.Invoke(b);
    });
}
