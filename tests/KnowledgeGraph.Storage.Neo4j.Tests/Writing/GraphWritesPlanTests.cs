using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Neo4j.Tests.Store;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;
using KnowledgeGraph.Storage.Neo4j.Writing;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Writing;

/// <summary>Write statements keep their index seeks once the store is no longer empty, which is when 3.1 plans them anew.</summary>
[Collection(Neo4jStoreCollection.Name)]
public sealed class GraphWritesPlanTests(Neo4jStoreFixture server)
{
    [Fact]
    public async Task Adding_ties_to_a_store_that_holds_actors_seeks_each_end_in_the_actor_index()
    {
        await using var store = (Neo4jGraphStore)await server.CreateEmptyStoreAsync(TimeProvider.System);
        await store.ImportAsync(new Core.Import.GraphBatch
        {
            Actors = [.. Enumerable.Range(0, 2_000).Select(i => new Actor { Id = $"a{i}", Kind = ActorKind.Faction, Name = $"Front {i}" })],
        });
        var row = new Dictionary<string, object?> { ["source"] = "a1", ["target"] = "a2", ["props"] = new Dictionary<string, object?> { ["id"] = "t" } };

        var plan = await QueryPlans.ExplainAsync(server, GraphWrites.TiesStatement, new() { ["rows"] = new[] { row } });

        Assert.True(plan.Split("NodeUniqueIndexSeek").Length - 1 == 2, $"expected two unique index seeks in the plan: {plan}");
        Assert.DoesNotContain("NodeIndexScan", plan, StringComparison.Ordinal);
    }
}
