using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { parents(count: Int!): [Parent!]! }
        type Parent { id: Int! child: Child }
        type Child { id: Int! parentId: Int! grandchild: Grandchild }
        type Grandchild { id: Int! }
        """;

    private sealed record Parent(int Id);

    private sealed record Child(int Id, int ParentId);

    private sealed record Grandchild(int Id);

    private sealed class BatchLog
    {
        public List<(string Level, int[] Keys)> Batches { get; } = [];
    }

    private static Graph BuildGraph(BatchLog log, bool asyncBatches) => new(log, asyncBatches);

    private sealed class Graph(BatchLog log, bool asyncBatches)
    {
        public GraphQLSchema Schema { get; } = ExecutionHarness.Schema(Sdl, builder => builder
            .AddResolver("Query.parents", c => Enumerable.Range(1, c.GetArgument<int>("count")).Select(i => new Parent(i)).ToList())
            .AddResolver("Parent.child", async c =>
            {
                var loader = c.GetDataLoader<int, Child>("children", (keys, results, ct) => Load(log, "children", keys, results, k => new Child(k * 10, k), asyncBatches));
                return await loader.LoadAsync(((Parent)c.Source!).Id);
            })
            .AddResolver("Child.grandchild", async c =>
            {
                var loader = c.GetDataLoader<int, Grandchild>("grandchildren", (keys, results, ct) => Load(log, "grandchildren", keys, results, k => new Grandchild(k + 1), asyncBatches));
                return await loader.LoadAsync(((Child)c.Source!).Id);
            }));
    }

    private static async ValueTask Load<T>(BatchLog log, string level, IReadOnlyList<int> keys, BatchLoadResults<int, T> results, Func<int, T> create, bool asyncBatch)
    {
        lock (log)
        {
            log.Batches.Add((level, [.. keys]));
        }

        if (asyncBatch)
        {
            await Task.Delay(5);
        }

        foreach (var key in keys)
        {
            results.Set(key, create(key));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Resolving_a_hundred_parents_costs_one_batch_per_level(bool asyncBatches)
    {
        var log = new BatchLog();
        var graph = BuildGraph(log, asyncBatches);

        var result = await ExecuteAsync(graph.Schema, "{ parents(count: 100) { id child { id grandchild { id } } } }");

        Assert.Null(result.Errors);
        Assert.Equal(["children", "grandchildren"], log.Batches.Select(b => b.Level));
        Assert.Equal(Enumerable.Range(1, 100), log.Batches[0].Keys);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => i * 10), log.Batches[1].Keys);
        var json = ResponseWriter.ToJson(result);
        Assert.Contains("""{"id":100,"child":{"id":1000,"grandchild":{"id":1001}}}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deduplicates_keys_and_caches_them_for_the_rest_of_the_request()
    {
        var batches = new List<int[]>();
        var schema = Schema("type Query { a: [Int] b: Int }", builder => builder
            .AddResolver("Query.a", async c =>
            {
                var loader = c.GetDataLoader<int, int>("square", Square(batches));
                return await loader.LoadManyAsync([2, 3, 2, 3]);
            })
            .AddResolver("Query.b", async c =>
            {
                var loader = c.GetDataLoader<int, int>("square", Square(batches));
                var first = await loader.LoadAsync(3);
                return first + await loader.LoadAsync(4);
            }));

        var json = await RunAsync(schema, "{ a b }");

        Assert.Equal(Json("""{"data":{"a":[4,9,4,9],"b":25}}"""), json);
        Assert.Equal([[2, 3], [4]], batches);
    }

    [Fact]
    public async Task A_key_error_fails_only_the_fields_waiting_for_that_key()
    {
        var schema = Schema("type Query { items(ids: [Int!]!): [Item] } type Item { id: Int! name: String }", builder => builder
            .AddResolver("Query.items", c => c.GetArgument<object?[]>("ids")!.Select(id => (int)id!).ToList())
            .AddResolver("Item.id", c => c.Source)
            .AddResolver("Item.name", async c =>
            {
                var loader = c.GetDataLoader<int, string>("names", (keys, results, ct) =>
                {
                    foreach (var key in keys)
                    {
                        if (key == 2)
                        {
                            results.SetError(key, new InvalidOperationException("Name 2 is sealed."));
                        }
                        else if (key != 3)
                        {
                            results.Set(key, "name " + key);
                        }
                    }

                    return ValueTask.CompletedTask;
                });
                return await loader.LoadAsync((int)c.Source!);
            }));

        var json = await RunAsync(schema, "{ items(ids: [1, 2, 3]) { id name } }");

        Assert.Equal(
            Json("""{"errors":[{"message":"Name 2 is sealed.","locations":[{"line":1,"column":30}],"path":["items",1,"name"]}],"data":{"items":[{"id":1,"name":"name 1"},{"id":2,"name":null},{"id":3,"name":null}]}}"""),
            json);
    }

    [Fact]
    public async Task A_failing_batch_fails_every_key_of_the_batch()
    {
        var schema = Schema("type Query { a: Int b: Int c: Int }", builder =>
        {
            foreach (var field in new[] { "a", "b" })
            {
                builder.AddResolver("Query." + field, async c =>
                    await c.GetDataLoader<string, int>("broken", (_, _, _) => throw new TimeoutException("Store timed out.")).LoadAsync(field));
            }

            builder.AddResolver("Query.c", _ => 3);
        });

        var json = await RunAsync(schema, "{ a b c }");

        Assert.Equal(
            Json("""{"errors":[{"message":"Store timed out.","locations":[{"line":1,"column":3}],"path":["a"]},{"message":"Store timed out.","locations":[{"line":1,"column":5}],"path":["b"]}],"data":{"a":null,"b":null,"c":3}}"""),
            json);
    }

    [Fact]
    public async Task Cancellation_does_not_wait_for_a_batch_that_ignores_it()
    {
        var neverEnds = new TaskCompletionSource();
        var schema = Schema("type Query { a: Int }", builder => builder.AddResolver("Query.a", async c =>
            await c.GetDataLoader<int, int>("stuck", async (_, _, _) => await neverEnds.Task).LoadAsync(1)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await ExecuteAsync(schema, "{ a }", cancellationToken: cancellation.Token).WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_loader_made_from_state_makes_its_batch_function_once_per_request()
    {
        var batches = new List<int[]>();
        var made = 0;
        var schema = Schema("type Query { items: [Item] } type Item { square: Int }", builder => builder
            .AddResolver("Query.items", _ => new[] { 2, 3, 2, 4 })
            .AddResolver("Item.square", async c =>
            {
                var loader = c.GetDataLoader("square", batches, state =>
                {
                    made++;
                    return Square(state);
                });
                return await loader.LoadAsync((int)c.Source!);
            }));

        var json = await RunAsync(schema, "{ items { square } }");
        await RunAsync(schema, "{ items { square } }");

        Assert.Equal(Json("""{"data":{"items":[{"square":4},{"square":9},{"square":4},{"square":16}]}}"""), json);
        Assert.Equal(2, made);
        Assert.Equal([[2, 3, 4], [2, 3, 4]], batches);
    }

    [Fact]
    public async Task A_failed_key_fails_later_loads_of_it_too()
    {
        var calls = 0;
        var schema = Schema("type Query { a: Int b: Int }", builder => builder
            .AddResolver("Query.a", async c => await Broken(c).LoadAsync(1))
            .AddResolver("Query.b", async c =>
            {
                try
                {
                    await Broken(c).LoadAsync(1);
                }
                catch (InvalidOperationException)
                {
                }

                return await Broken(c).LoadAsync(1);
            }));

        var result = await ExecuteAsync(schema, "{ a b }");

        Assert.Equal(["Key 1 is sealed.", "Key 1 is sealed."], result.Errors!.Select(e => e.Message));
        Assert.Equal(1, calls);

        DataLoader<int, int> Broken(ResolveFieldContext c) => c.GetDataLoader<int, int>("broken", (keys, results, _) =>
        {
            calls++;
            results.SetError(keys[0], new InvalidOperationException("Key 1 is sealed."));
            return ValueTask.CompletedTask;
        });
    }

    [Fact]
    public async Task Asking_for_a_loader_name_with_other_types_is_an_error()
    {
        var schema = Schema("type Query { a: Int b: Int }", builder => builder
            .AddResolver("Query.a", c => c.GetDataLoader<int, int>("shared", (_, _, _) => ValueTask.CompletedTask) is not null ? 1 : 0)
            .AddResolver("Query.b", c => c.GetDataLoader<string, int>("shared", (_, _, _) => ValueTask.CompletedTask) is not null ? 1 : 0));

        var result = await ExecuteAsync(schema, "{ a b }");

        Assert.Equal("Data loader \"shared\" was created with other key or value types than <String, Int32>.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Loads_issued_from_many_threads_at_once_each_get_their_own_value()
    {
        var batches = new List<int[]>();
        var schema = Schema("type Query { squares(count: Int!): [Int!]! }", builder => builder
            .AddResolver("Query.squares", async c =>
            {
                // Every resolver looks the loader up and loads on a thread-pool thread, all racing each other.
                var loads = Enumerable.Range(1, c.GetArgument<int>("count")).Select(key => Task.Run(async () =>
                {
                    await Task.Yield();
                    return await c.GetDataLoader<int, int>("square", Square(batches)).LoadAsync(key % 50);
                }));
                return await Task.WhenAll(loads);
            }));

        var json = await RunAsync(schema, "{ squares(count: 400) }");

        var expected = string.Join(",", Enumerable.Range(1, 400).Select(key => (key % 50) * (key % 50)));
        Assert.Equal(Json("{\"data\":{\"squares\":[" + expected + "]}}"), json);
        Assert.Equal(Enumerable.Range(0, 50), batches.SelectMany(b => b).Order());
    }

    private static BatchLoadFunction<int, int> Square(List<int[]> batches) => (keys, results, _) =>
    {
        batches.Add([.. keys]);
        foreach (var key in keys)
        {
            results.Set(key, key * key);
        }

        return ValueTask.CompletedTask;
    };
}
