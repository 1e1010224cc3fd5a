using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>
/// Loads that share a key, and loads issued after a resolver's own I/O, must still be dispatched: the executor may
/// never sit waiting while a key is queued.
/// </summary>
public sealed class DataLoaderSharedKeyTests
{
    private const string Sdl = """
        type Query { article: Article! }
        type Article { tieCount: Int! actorNames: [String!]! slowActorName: String! }
        """;

    private static KnowledgeGraph.GraphQL.Types.GraphQLSchema Schema(List<string> batches) => ExecutionHarness.Schema(Sdl, builder => builder
        .AddResolver("Query.article", _ => new object())
        .AddResolver("Article.tieCount", async c => (await Ties(c, batches).LoadAsync("a1"))!.Length)
        .AddResolver("Article.actorNames", async c =>
        {
            var ties = await Ties(c, batches).LoadAsync("a1");
            var names = await Task.WhenAll(ties!.Select(t => Actors(c, batches).LoadAsync(t)));
            return names.ToList();
        })
        .AddResolver("Article.slowActorName", async c =>
        {
            // Resumes on the thread pool, away from the executor, before it loads.
            await Task.Delay(20);
            return await Actors(c, batches).LoadAsync("x");
        }));

    [Fact]
    public async Task Two_fields_awaiting_one_key_and_then_loading_more_complete_in_three_batches()
    {
        var batches = new List<string>();

        var result = await ExecutionHarness.ExecuteAsync(Schema(batches), "{ article { tieCount actorNames } }");

        Assert.Null(result.Errors);
        Assert.Equal(["ties:a1", "actors:x,y"], batches);
    }

    [Fact]
    public async Task A_load_issued_after_a_resolver_awaited_its_own_io_is_dispatched()
    {
        var batches = new List<string>();
        var run = ExecutionHarness.ExecuteAsync(Schema(batches), "{ article { slowActorName tieCount } }");

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(run, finished);
        Assert.Null((await run).Errors);
    }

    private static DataLoader<string, string[]> Ties(ResolveFieldContext context, List<string> batches) =>
        context.GetDataLoader<string, string[]>("ties", (keys, results, _) =>
        {
            lock (batches)
            {
                batches.Add("ties:" + string.Join(',', keys));
            }

            foreach (var key in keys)
            {
                results.Set(key, ["x", "y"]);
            }

            return ValueTask.CompletedTask;
        });

    private static DataLoader<string, string> Actors(ResolveFieldContext context, List<string> batches) =>
        context.GetDataLoader<string, string>("actors", async (keys, results, _) =>
        {
            lock (batches)
            {
                batches.Add("actors:" + string.Join(',', keys));
            }

            await Task.Yield();
            foreach (var key in keys)
            {
                results.Set(key, key.ToUpperInvariant());
            }
        });
}
