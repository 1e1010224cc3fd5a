using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Writing;

/// <summary>
/// A database written before search read NameKey nodes (actors without those nodes and without a key version), or
/// under older key rules, gets current keys when a store opens over it, in batches, and only once.
/// </summary>
[Collection(Store.Neo4jStoreCollection.Name)]
public sealed class NameKeyBackfillTests(Neo4jStoreFixture server)
{
    private static readonly Actor[] Actors =
    [
        new() { Id = "nf", Kind = ActorKind.Faction, Name = "Northern Front", Aliases = ["NF", "Jabhat al-Shamal"] },
        new() { Id = "hb", Kind = ActorKind.Faction, Name = "Hill Brigade", Aliases = ["Liwa al-Jabal", "The Hill Men"] },
        new() { Id = "ak", Kind = ActorKind.Person, Name = "Amina Khalil", Aliases = ["Umm Yusuf"] },
        new() { Id = "mi", Kind = ActorKind.Government, Name = "Ministry of Interior", Aliases = ["MoI"] },
        new() { Id = "sc", Kind = ActorKind.Faction, Name = "Southern Coalition" },
    ];

    [Fact]
    public async Task Opening_a_store_over_actors_without_name_keys_makes_every_alias_searchable()
    {
        await WriteTheOldWayAsync();
        Assert.Equal(0, await CountAsync("MATCH (k:NameKey) RETURN count(k) AS n"));
        Assert.Equal(Actors.Length, await CountAsync("MATCH (a:Actor) WHERE a.nameKeys IS NOT NULL AND a.nameKeysVersion IS NULL RETURN count(a) AS n"));

        await using var store = await Neo4jGraphStore.OpenAsync(server.Options, TimeProvider.System);

        foreach (var actor in Actors)
        {
            foreach (var spelling in actor.Aliases.Append(actor.Name))
            {
                var hits = await store.SearchActorsAsync(new ActorSearch { Text = spelling, Limit = 10 });
                var hit = Assert.Single(hits.Items, m => m.Actor.Id == actor.Id);
                Assert.Equal(spelling, hit.MatchedName);
                Assert.Equal(0, hit.Rank);
            }
        }

        Assert.Equal("hb", Assert.Single((await store.SearchActorsAsync(new ActorSearch { Text = "jabal", Limit = 10 })).Items).Actor.Id);
    }

    [Fact]
    public async Task The_keys_written_by_the_backfill_are_the_keys_a_fresh_write_gives()
    {
        await server.WipeAsync();
        await using (var store = await Neo4jGraphStore.OpenAsync(server.Options, TimeProvider.System))
        {
            await store.ImportAsync(new Core.Import.GraphBatch { Actors = Actors });
        }

        var fresh = await server.DumpAsync();
        await StripNameKeysAsync();

        await using (await Neo4jGraphStore.OpenAsync(server.Options, TimeProvider.System))
        {
        }

        Assert.Equal(fresh, await server.DumpAsync());
    }

    [Fact]
    public async Task A_second_start_writes_nothing()
    {
        await WriteTheOldWayAsync();
        await using (await Neo4jGraphStore.OpenAsync(server.Options, TimeProvider.System))
        {
        }

        var nodesAfterFirst = await NodeIdsAsync();
        var dumpAfterFirst = await server.DumpAsync();

        await using var second = await Neo4jGraphStore.OpenAsync(server.Options, TimeProvider.System);

        Assert.Equal(0, await second.BackfillNameKeysAsync(batchSize: 2, CancellationToken.None));
        Assert.Equal(nodesAfterFirst, await NodeIdsAsync());
        Assert.Equal(dumpAfterFirst, await server.DumpAsync());
    }

    [Fact]
    public async Task The_backfill_commits_a_transaction_per_batch_and_repairs_every_stale_actor_once()
    {
        await server.WipeAsync();
        var client = new TransactionCountingClient(TestClients.For(server));
        await using var store = await Neo4jGraphStore.OpenAsync(client, TimeProvider.System, CancellationToken.None);
        await store.ImportAsync(new Core.Import.GraphBatch { Actors = Actors });
        await StripNameKeysAsync();
        var before = client.TransactionsBegun;

        var repaired = await store.BackfillNameKeysAsync(batchSize: 2, CancellationToken.None);

        Assert.Equal(Actors.Length, repaired);
        Assert.Equal(3, client.TransactionsBegun - before);
        Assert.Equal(0, await store.BackfillNameKeysAsync(batchSize: 2, CancellationToken.None));
        Assert.Equal(3, client.TransactionsBegun - before);
        Assert.Equal("Liwa al-Jabal", Assert.Single((await store.SearchActorsAsync(new ActorSearch { Text = "liwa", Limit = 5 })).Items).MatchedName);
    }

    [Fact]
    public async Task Actors_written_under_an_older_key_version_have_their_stale_keys_replaced()
    {
        await server.WipeAsync();
        await using (var store = await Neo4jGraphStore.OpenAsync(server.Options, TimeProvider.System))
        {
            await store.ImportAsync(new Core.Import.GraphBatch { Actors = Actors });
        }

        var fresh = await server.DumpAsync();
        await RunAsync(
            "MATCH (a:Actor {id: 'nf'}) MATCH (k:NameKey) WHERE k.actor = a.id DELETE k "
            + "WITH DISTINCT a SET a.nameKeys = ['outdatedkey'], a.nameKeysVersion = 0 CREATE (:NameKey {key: 'outdatedkey', actor: a.id})");

        await using var reopened = await Neo4jGraphStore.OpenAsync(server.Options, TimeProvider.System);

        Assert.Equal(fresh, await server.DumpAsync());
        Assert.Empty((await reopened.SearchActorsAsync(new ActorSearch { Text = "outdated", Limit = 5 })).Items);
    }

    /// <summary>Writes the actors through a store, then removes what the store before NameKey nodes did not write.</summary>
    private async Task WriteTheOldWayAsync()
    {
        await using (var store = (Neo4jGraphStore)await server.CreateEmptyStoreAsync(TimeProvider.System))
        {
            await store.ImportAsync(new Core.Import.GraphBatch { Actors = Actors });
        }

        await StripNameKeysAsync();
    }

    private Task StripNameKeysAsync() => RunAsync("MATCH (k:NameKey) DELETE k WITH count(*) AS gone MATCH (a:Actor) REMOVE a.nameKeysVersion");

    private async Task<IReadOnlyList<long>> NodeIdsAsync()
    {
        await using var client = TestClients.For(server);
        var result = await client.RunAsync(new Neo4jStatement("MATCH (n) RETURN id(n) AS id ORDER BY id"));
        return [.. result.Records.Select(r => r["id"].GetInt64())];
    }

    private async Task<long> CountAsync(string cypher)
    {
        await using var client = TestClients.For(server);
        return (await client.RunAsync(new Neo4jStatement(cypher))).Records[0]["n"].GetInt64();
    }

    private async Task RunAsync(string cypher)
    {
        await using var client = TestClients.For(server);
        await client.RunAsync(new Neo4jStatement(cypher));
    }
}
