using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Search;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Store;

/// <summary>Actor search reads NameKey nodes through their index, and every write keeps those nodes in step with the actors.</summary>
[Collection(Neo4jStoreCollection.Name)]
public sealed class ActorSearchIndexTests(Neo4jStoreFixture server)
{
    [Fact]
    public async Task The_search_statement_seeks_name_keys_in_the_index_rather_than_scanning()
    {
        await using var store = (Neo4jGraphStore)await server.CreateEmptyStoreAsync(TimeProvider.System);
        await store.ImportAsync(new Core.Import.GraphBatch
        {
            Actors = [.. Enumerable.Range(0, 300).Select(i => new Actor { Id = $"a{i}", Kind = ActorKind.Faction, Name = $"Front {i} Brigade" })],
        });

        var parameters = new Dictionary<string, object?> { ["text"] = "brig", ["end"] = "brih", ["kinds"] = Array.Empty<string>() };
        Cypher.TieFilterCypher.AddParameters(parameters, new TieFilter());

        var plan = await QueryPlans.ExplainAsync(server, SearchCypher.Search(active: false), parameters);

        Assert.Contains("NodeIndexSeekByRange", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("NodeIndexScan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_removing_an_alias_and_merging_leave_exactly_the_name_keys_of_the_live_spellings()
    {
        await using var store = (Neo4jGraphStore)await server.CreateEmptyStoreAsync(TimeProvider.System);
        await store.UpsertActorAsync(new Actor { Id = "kept", Kind = ActorKind.Faction, Name = "Northern Front", Aliases = ["NF"] });
        await store.UpsertActorAsync(new Actor { Id = "gone", Kind = ActorKind.Faction, Name = "Hill Brigade" });
        await store.UpsertActorAsync(new Actor { Id = "kept", Kind = ActorKind.Faction, Name = "Southern Front", Aliases = ["NF"] });
        await store.RemoveAliasAsync("kept", "NF");
        await store.MergeActorsAsync("kept", "gone", "editor", "same body");

        var keys = await NameKeysAsync();

        Assert.Equal(["brigade", "front", "hillbrigade", "southernfront"], keys.Where(k => k.Actor == "kept").Select(k => k.Key).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(keys, k => k.Actor != "kept");
        Assert.Empty((await store.SearchActorsAsync(new ActorSearch { Text = "north", Limit = 5 })).Items);
        Assert.Equal("Hill Brigade", Assert.Single((await store.SearchActorsAsync(new ActorSearch { Text = "hill", Limit = 5 })).Items).MatchedName);
    }

    private async Task<List<(string Key, string Actor)>> NameKeysAsync()
    {
        await using var client = TestClients.For(server);
        var result = await client.RunAsync(new Neo4jStatement("MATCH (k:NameKey) RETURN k.key AS key, k.actor AS actor"));
        return [.. result.Records.Select(r => (r["key"].GetString()!, r["actor"].GetString()!))];
    }
}
