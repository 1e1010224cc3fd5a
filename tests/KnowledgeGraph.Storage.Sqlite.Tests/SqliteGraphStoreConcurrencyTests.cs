using System.Collections.Concurrent;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreConcurrencyTests : IClassFixture<SqliteFixture>
{
    private const int TieCount = 20_000;
    private readonly SqliteFixture _fixture;

    public SqliteGraphStoreConcurrencyTests(SqliteFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Readers_running_during_an_import_see_all_of_it_or_none_of_it()
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = _fixture.NewPath() }, TimeProvider.System);
        var (actors, batch) = BuildBatch();
        await store.ImportAsync(new() { Actors = actors });
        var hubTies = batch.Ties.Count(t => t.Source == "hub" || t.Target == "hub");
        var seen = new ConcurrentBag<(int Counted, int OfHub, int InNeighbourhood, int Streamed)>();
        var importing = 0;
        var readsDuringImport = 0;

        async Task ReadUntilDoneAsync(Task import)
        {
            while (!import.IsCompleted)
            {
                var started = Volatile.Read(ref importing) == 1;
                var counts = await store.GetCountsAsync();
                var ofHub = (await store.GetTiesOfActorsAsync(["hub"], TieFilter.None))["hub"].Count;
                var around = (await store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["hub"], MaxNodes = 10_000 })).Ties.Count;
                var streamed = 0;
                await foreach (var tie in store.StreamTiesAsync(TieFilter.None))
                {
                    streamed++;
                }

                seen.Add((counts.TiesByType.Values.Sum(), ofHub, around, streamed));
                if (started && !import.IsCompleted)
                {
                    Interlocked.Increment(ref readsDuringImport);
                }
            }
        }

        var gate = new TaskCompletionSource();
        var import = Task.Run(async () =>
        {
            await gate.Task;
            Volatile.Write(ref importing, 1);
            await store.ImportAsync(batch);
        });
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() => ReadUntilDoneAsync(import))).ToArray();
        gate.SetResult();
        await import;
        await Task.WhenAll(readers);

        // Each read sees the import whole or not at all; one loop's reads may straddle the commit.
        Assert.All(seen, observation => Assert.True(
            observation.Counted is 0 or TieCount && (observation.OfHub == 0 || observation.OfHub == hubTies)
            && (observation.InNeighbourhood == 0 || observation.InNeighbourhood == hubTies) && observation.Streamed is 0 or TieCount,
            $"a reader saw part of the import: {observation}"));
        Assert.True(readsDuringImport > 0, "no read completed while the import was running");
    }

    // A hub with spokes and a ring among the spokes, each tie in its own article.
    private static (List<Actor> Actors, GraphBatch Batch) BuildBatch()
    {
        var actors = Enumerable.Range(0, 200).Select(i => new Actor { Id = i == 0 ? "hub" : $"spoke-{i}", Kind = ActorKind.Faction, Name = $"Actor {i}" }).ToList();
        var articles = new List<Article>(TieCount);
        var ties = new List<Tie>(TieCount);
        for (var i = 0; i < TieCount; i++)
        {
            var source = actors[i % actors.Count];
            var target = actors[(i * 7 + 1) % actors.Count];
            if (source.Id == target.Id)
            {
                target = actors[(i + 1) % actors.Count];
            }

            var evidence = $"{source.Name} attacked {target.Name}, report {i}";
            articles.Add(new Article { Id = $"article-{i}", Text = $"Wire copy. {evidence}." });
            ties.Add(new Tie { Id = $"t-{i}", Type = TieType.Attacked, Source = source.Id, Target = target.Id, Article = $"article-{i}", Evidence = evidence });
        }

        return (actors, new GraphBatch { Articles = articles, Ties = ties });
    }
}
