using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

// Two stores over one file stand for the service and a `kg import` run in another process: each has its own
// connections, so SQLite sees them as it would see two processes. Reads look for other writers' commits at most once
// a millisecond, so a test lets that much time pass after the other store's write.
public sealed class SqliteGraphStoreOtherWritersTests : IClassFixture<SqliteFixture>
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(5);

    private readonly SqliteFixture _fixture;

    public SqliteGraphStoreOtherWritersTests(SqliteFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Reads_see_an_import_made_by_another_store_over_the_same_file()
    {
        var path = _fixture.NewPath();
        await using var service = await OpenAsync(path);
        Assert.Equal(0, (await service.GetCountsAsync()).ActorsByKind.Values.Sum());
        var g = new GraphBuilder();
        var kh = g.Faction("Kataib Hezbollah", "Kata'ib Hizballah");
        var us = g.Government("US");
        var attack = g.Attacked(kh, us, PartialDate.OfMonth(2023, 11));

        await using (var importer = await OpenAsync(path))
        {
            await g.SeedAsync(importer);
        }

        await Task.Delay(CheckInterval);

        Assert.Equal(2, (await service.GetCountsAsync()).ActorsByKind.Values.Sum());
        Assert.Equal([attack.Id], (await service.GetTiesOfActorsAsync([kh.Id], TieFilter.None))[kh.Id].Select(t => t.Id));
        Assert.Equal(kh.Id, Assert.Single((await service.SearchActorsAsync(new ActorSearch { Text = "hizballah" })).Items).Actor.Id);
        Assert.Equal(2, (await service.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = [us.Id] })).Actors.Count);
        Assert.Single(await service.FindPathsAsync(new PathQuery { From = us.Id, To = kh.Id }));
    }

    [Fact]
    public async Task A_write_after_another_store_wrote_takes_fresh_rows_and_keeps_both_writes()
    {
        var path = _fixture.NewPath();
        await using var first = await OpenAsync(path);
        await using var second = await OpenAsync(path);
        var g = new GraphBuilder();
        var kh = g.Faction("Kataib Hezbollah");
        var us = g.Government("US");
        var attack = g.Attacked(kh, us);
        await g.SeedAsync(first);

        // The second store has not read since it opened: its write must not reuse the row seqs the first one took.
        await second.UpsertActorAsync(new Actor { Id = "iran", Kind = ActorKind.Government, Name = "Iran" });
        await second.AddTieAsync(attack with { Id = "t-second", Source = us.Id, Target = "iran" });
        await Task.Delay(CheckInterval);

        foreach (var store in new[] { first, second })
        {
            var counts = await store.GetCountsAsync();
            Assert.Equal((3, 2), (counts.ActorsByKind.Values.Sum(), counts.TiesByType.Values.Sum()));
            Assert.Equal(["t-second"], (await store.GetTiesOfActorsAsync(["iran"], TieFilter.None))["iran"].Select(t => t.Id));
        }
    }

    [Fact]
    public async Task A_merge_made_by_another_store_redirects_the_merged_id()
    {
        var path = _fixture.NewPath();
        await using var service = await OpenAsync(path);
        var g = new GraphBuilder();
        var kh = g.Faction("Kataib Hezbollah");
        var old = g.Faction("KH Old");
        var us = g.Government("US");
        g.Attacked(old, us);
        await g.SeedAsync(service);
        Assert.Equal(old.Id, (await service.GetActorsAsync([old.Id]))[old.Id].Id);

        await using (var editor = await OpenAsync(path))
        {
            await editor.MergeActorsAsync(kh.Id, old.Id, "editor", "same group");
        }

        await Task.Delay(CheckInterval);

        Assert.Equal(kh.Id, (await service.GetActorsAsync([old.Id]))[old.Id].Id);
        Assert.Single((await service.GetTiesOfActorsAsync([kh.Id], TieFilter.None))[kh.Id]);
    }

    [Fact]
    public async Task A_row_read_before_another_store_changed_it_is_read_again()
    {
        var path = _fixture.NewPath();
        await using var service = await OpenAsync(path);
        var kh = new Actor { Id = "kataib-hezbollah", Kind = ActorKind.Faction, Name = "Kataib Hezbollah" };
        await service.UpsertActorAsync(kh);
        Assert.Equal("Kataib Hezbollah", (await service.GetActorsAsync([kh.Id]))[kh.Id].Name);

        await using (var editor = await OpenAsync(path))
        {
            await editor.UpsertActorAsync(kh with { Name = "Kata'ib Hizballah" });
        }

        await Task.Delay(CheckInterval);
        Assert.Equal("Kata'ib Hizballah", (await service.GetActorsAsync([kh.Id]))[kh.Id].Name);
    }

    private static Task<SqliteGraphStore> OpenAsync(string path) =>
        SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System);
}
