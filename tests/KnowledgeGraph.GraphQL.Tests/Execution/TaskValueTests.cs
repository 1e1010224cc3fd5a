using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>Tasks returned where values are expected are awaited, as graphql-js awaits promises.</summary>
public sealed class TaskValueTests
{
    private const string Sdl = "type Query { actor: Actor done: Boolean } type Actor { name: String rank: Int }";

    public sealed class LazyActor
    {
        public Task<string> Name => LoadNameAsync();

        public Task<int> Rank => Task.FromResult(3);

        private static async Task<string> LoadNameAsync()
        {
            await Task.Yield();
            return "lazy";
        }
    }

    [Fact]
    public async Task Awaits_tasks_returned_by_synchronous_resolvers()
    {
        var schema = Schema(Sdl, b => b
            .AddResolver("Query.actor", _ => Task.FromResult<object>(new LazyActor()))
            .AddResolver("Query.done", _ => Task.Delay(1)));

        Assert.Equal(Json("""{"data":{"actor":{"name":"lazy","rank":3},"done":null}}"""), await RunAsync(schema, "{ actor { name rank } done }"));
    }

    [Fact]
    public async Task Turns_faulted_tasks_into_field_errors()
    {
        var schema = Schema(Sdl, b => b.AddResolver("Query.actor", _ => Task.FromException<object>(new InvalidOperationException("Store is down."))));

        Assert.Equal(
            Json("""{"errors":[{"message":"Store is down.","locations":[{"line":1,"column":3}],"path":["actor"]}],"data":{"actor":null}}"""),
            await RunAsync(schema, "{ actor { name } }"));
    }
}
