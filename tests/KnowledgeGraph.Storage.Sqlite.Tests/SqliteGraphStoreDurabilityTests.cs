using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;
using KnowledgeGraph.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreDurabilityTests : IClassFixture<SqliteFixture>
{
    private readonly SqliteFixture _fixture;
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2024, 2, 14, 9, 30, 0, TimeSpan.Zero));

    public SqliteGraphStoreDurabilityTests(SqliteFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Everything_written_is_there_after_closing_and_reopening_the_file()
    {
        var path = _fixture.NewPath();
        var g = new GraphBuilder();
        var kh = g.Faction("Kataib Hezbollah");
        var us = g.Government("US");
        var old = g.Faction("KH Old");
        var attack = g.Attacked(kh, us, PartialDate.OfMonth(2023, 11));
        var withdrawn = g.Attacked(old, us);
        await using (var store = await OpenAsync(path))
        {
            await g.SeedAsync(store);
            await store.RetractTieAsync(withdrawn.Id, "misread", "editor");
            await store.AddAliasAsync(kh.Id, "Hizballah Brigades");
            await store.MergeActorsAsync(kh.Id, old.Id, "editor", "same group");
        }

        await using var reopened = await OpenAsync(path);

        Assert.Equal(kh.Id, (await reopened.GetActorsAsync([old.Id]))[old.Id].Id);
        Assert.Equal(withdrawn.Id, (await reopened.GetTiesByIdAsync([withdrawn.Id]))[withdrawn.Id].Id);
        Assert.Equal([attack.Id], (await reopened.GetTiesOfActorsAsync([kh.Id], TieFilter.None))[kh.Id].Select(t => t.Id));
        Assert.Equal(kh.Id, Assert.Single((await reopened.SearchActorsAsync(new ActorSearch { Text = "hizballah" })).Items).Actor.Id);
        Assert.Equal(2, (await reopened.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = [old.Id] })).Actors.Count);
        Assert.Single(await ListAsync(reopened.StreamMergesAsync()));
        Assert.Equal(1, (await reopened.GetCountsAsync()).RetractedTies);
    }

    [Fact]
    public async Task The_model_built_at_open_answers_like_the_one_kept_up_to_date_by_writes()
    {
        var path = _fixture.NewPath();
        await using var live = await OpenAsync(path);
        await WriteHistoryAsync(live);

        await using var rebuilt = await OpenAsync(path);

        var actorIds = (await ListAsync(live.StreamActorsAsync())).Select(a => a.Id).ToList();
        Assert.Equal(await CountsAsync(live), await CountsAsync(rebuilt));
        foreach (var id in actorIds)
        {
            Assert.Equal(await NeighbourhoodAsync(live, id), await NeighbourhoodAsync(rebuilt, id));
        }

        foreach (var text in new[] { "", "a", "faction 1", "person", "al" })
        {
            Assert.Equal(await SearchAsync(live, text), await SearchAsync(rebuilt, text));
        }

        for (var i = 1; i < actorIds.Count; i += 3)
        {
            Assert.Equal(await PathsAsync(live, actorIds[0], actorIds[i]), await PathsAsync(rebuilt, actorIds[0], actorIds[i]));
        }
    }

    [Fact]
    public async Task Merges_leave_no_dangling_reference_in_the_file()
    {
        var path = _fixture.NewPath();
        await using (var store = await OpenAsync(path))
        {
            await WriteHistoryAsync(store);
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Assert.Equal("", SqliteConnections.Scalar(connection, "PRAGMA foreign_key_check"));
        Assert.Equal("ok", SqliteConnections.Scalar(connection, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task A_closed_store_refuses_reads_and_writes()
    {
        var store = await OpenAsync(_fixture.NewPath());
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetCountsAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.UpsertActorAsync(new Actor { Id = "a", Kind = ActorKind.Faction, Name = "A" }));
    }

    [Fact]
    public async Task Opening_without_a_path_is_refused_with_a_message_naming_it()
    {
        var refusal = await Assert.ThrowsAsync<ArgumentException>(() => SqliteGraphStore.OpenAsync(new SqliteStoreOptions(), _clock));

        Assert.Contains("Path", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_creates_the_folder_the_file_goes_in()
    {
        var path = Path.Combine(_fixture.Folder, Guid.NewGuid().ToString("N"), "nested", "graph.db");

        await (await OpenAsync(path)).DisposeAsync();

        Assert.True(File.Exists(path));
    }

    // Twenty factions and people, sixty seeded ties, then merges (one a chain), retractions, renames and new aliases.
    private async Task WriteHistoryAsync(SqliteGraphStore store)
    {
        var random = new Random(7);
        var g = new GraphBuilder();
        var actors = Enumerable.Range(0, 20).Select(i => i % 4 == 0 ? g.Person($"Person {i} al-Rashid") : g.Faction($"Faction {i} Ansar")).ToList();
        for (var i = 0; i < 60; i++)
        {
            var source = actors[random.Next(actors.Count)];
            var target = actors[random.Next(actors.Count)];
            if (source.Id != target.Id)
            {
                var type = source.Kind == ActorKind.Person && random.Next(3) == 0 ? TieType.Leads : (TieType)random.Next(1, 4);
                g.Tie(type, source, target, random.Next(3) == 0 ? PartialDate.Unknown : PartialDate.OfMonth(2020 + random.Next(5), 1 + random.Next(12)));
            }
        }

        await g.SeedAsync(store);
        await store.MergeActorsAsync("faction-1-ansar", "faction-2-ansar", "editor", "same");
        await store.MergeActorsAsync("faction-3-ansar", "faction-1-ansar", "editor", "same");
        await store.MergeActorsAsync("person-4-al-rashid", "person-8-al-rashid", "editor", "same");
        await store.RetractTieAsync(g.Ties[5].Id, "misread", "editor");
        await store.RetractTieAsync(g.Ties[17].Id, "misread", "editor");
        await store.AddAliasAsync("faction-5-ansar", "Liwa Five");
        await store.UpsertActorAsync(new Actor { Id = "faction-6-ansar", Kind = ActorKind.Faction, Name = "Renamed Six" });
    }

    private static async Task<string> CountsAsync(IGraphStore store)
    {
        var counts = await store.GetCountsAsync();
        return string.Join(",", counts.ActorsByKind.Values.Concat(counts.TiesByType.Values).Append(counts.RetractedTies).Append(counts.UndatedTies))
            + $"{counts.EarliestDate}{counts.LatestDate}";
    }

    private static async Task<string> NeighbourhoodAsync(IGraphStore store, string id)
    {
        var subgraph = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = [id], Depth = 2 });
        return string.Join(",", subgraph.Actors.Select(a => a.Id).Order(StringComparer.Ordinal)) + "|" + string.Join(",", subgraph.Ties.Select(t => t.Id));
    }

    private static async Task<string> SearchAsync(IGraphStore store, string text) =>
        string.Join(",", (await store.SearchActorsAsync(new ActorSearch { Text = text, Limit = 100 })).Items.Select(m => $"{m.Actor.Id}:{m.MatchedName}:{m.Rank}"));

    private static async Task<string> PathsAsync(IGraphStore store, string from, string to) =>
        string.Join(";", (await store.FindPathsAsync(new PathQuery { From = from, To = to, MaxLength = 6 })).Select(p => string.Join(">", p.ActorIds)));

    private Task<SqliteGraphStore> OpenAsync(string path) => SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, _clock);

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
