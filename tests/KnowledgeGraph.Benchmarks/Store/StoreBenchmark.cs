using System.Diagnostics;
using System.Runtime;
using KnowledgeGraph.Benchmarks.Generation;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Benchmarks.Store;

/// <summary>
/// Loads a generated graph into a fresh SQLite store, then times the hot reads on the store and, on the same file,
/// as plain SQL: median and 99th percentile over many random inputs, peak memory, and the targets they are held to.
/// </summary>
internal static class StoreBenchmark
{
    private static readonly TieFilter WalkFilter = new()
    {
        Types = [TieType.Attacked, TieType.MetWith],
        Window = new DateWindow(new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
    };

    private static readonly TimeSpan PathCap = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(StoreBenchmarkOptions options)
    {
        Console.WriteLine($"Store benchmark: {options.Graph}, {Environment.ProcessorCount} cores");
        Console.WriteLine($"machine load average at start: {LoadAverage()} (wall-clock times stretch when it exceeds the core count; the cpu columns do not)");
        var path = options.Path ?? Path.Combine(Path.GetTempPath(), $"kg-store-bench-{Environment.ProcessId}.db");
        DeleteDatabase(path);
        var watch = Stopwatch.StartNew();
        var batch = SyntheticGraph.Generate(options.Graph.Actors, options.Graph.Articles, options.Graph.Ties, options.Graph.Seed);
        var samples = QuerySamples.Draw(batch, options.Iterations, options.Graph.Seed);

        // The batch stays, as a document read for import would; the generator's scraps go before memory is watched.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect();
        Console.WriteLine($"generated in {watch.Elapsed.TotalSeconds:F1} s; {GC.GetTotalMemory(false) / 1e6:F0} MB of managed memory hold the batch");

        var load = await LoadAsync(batch, path);
        batch = null;
        GC.Collect();
        Console.WriteLine($"load: {load.TotalSeconds:F1} s for the import of the whole batch into a fresh file ({new FileInfo(path).Length / 1e6:F0} MB); peak RSS so far {MemoryUse.PeakBytes() / 1e6:F0} MB");

        using var sql = new SqlBaselines(path);
        watch.Restart();
        sql.Prepare();
        Console.WriteLine($"SQL baseline indexes and name keys added in {watch.Elapsed.TotalSeconds:F1} s (not part of the store)");
        watch.Restart();
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System);
        Console.WriteLine($"reopen: {watch.Elapsed.TotalSeconds:F1} s to open the file and build the read model");

        var table = await MeasureAsync(store, sql, samples);
        table.Print(Console.Out);
        var peak = MemoryUse.PeakBytes();
        Console.WriteLine();
        Console.WriteLine($"peak RSS: {peak / 1e6:F0} MB (target <= 2000 MB); load {load.TotalSeconds:F1} s (target <= 15 s for 1M ties); machine load average now {LoadAverage()}");
        if (options.Path is null)
        {
            await store.DisposeAsync();
            sql.Dispose();
            DeleteDatabase(path);
        }

        return 0;
    }

    private static async Task<TimeSpan> LoadAsync(GraphBatch batch, string path)
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System);
        var (collections, paused) = (GC.CollectionCount(2), GC.GetTotalPauseDuration());
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = await store.ImportAsync(batch);
        var elapsed = watch.Elapsed;
        process.Refresh();
        Console.WriteLine($"imported {result.ArticlesAdded:N0} articles, {result.ActorsWritten:N0} actors, {result.TiesAdded:N0} ties "
            + $"using {(process.TotalProcessorTime - cpu).TotalSeconds:F1} s of CPU, all threads "
            + $"({GC.CollectionCount(2) - collections} full GCs, {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F1} s paused for GC)");
        return elapsed;
    }

    private static async Task<ReportTable> MeasureAsync(SqliteGraphStore store, SqlBaselines sql, QuerySamples samples)
    {
        var table = new ReportTable();
        long found = 0;
        var actors = samples.Actors;

        var ties = await Latency.MeasureAsync(actors, async id => found += (await store.GetTiesOfActorsAsync([id], TieFilter.None))[id].Count);
        var tiesSql = await Latency.MeasureAsync(Take(actors, 1_000), id => Task.FromResult(sql.TiesOfActor(id)));
        table.Add("ties of one actor (rows)", ties, tiesSql, $"{Mean(found, actors.Count)} ties on average");
        found = 0;
        var activeTies = await Latency.MeasureAsync(samples.ActiveActors, async id => found += (await store.GetTiesOfActorsAsync([id], TieFilter.None))[id].Count);
        var activeTiesSql = await Latency.MeasureAsync(Take(samples.ActiveActors, 200), id => Task.FromResult(sql.TiesOfActor(id)));
        table.Add("  same, actors met through a tie", activeTies, activeTiesSql, $"{Mean(found, samples.ActiveActors.Count)} ties on average");

        found = 0;
        var query = (string id) => new NeighbourhoodQuery { ActorIds = [id], Depth = 2, Filter = WalkFilter, MaxNodes = 500 };
        var walk = await Latency.MeasureAsync(actors, id => Task.FromResult(found += store.ReadModel(m =>
            NeighbourhoodWalk.Reach(m, [m.ResolveActor(id)], 2, 500, new CompiledTieFilter(WalkFilter, m)).Actors.Count)));
        var walkSql = await Latency.MeasureAsync(Take(actors, 200), id => Task.FromResult(sql.Walk(id, 2, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31), 500)));
        table.Add("2-hop filtered walk (actor ids)", walk, walkSql, $"{Mean(found, actors.Count)} actors on average, cap 500; types + 2019-2020");

        var subgraph = await Latency.MeasureAsync(actors, id => store.GetNeighbourhoodAsync(query(id)));
        var subgraphSql = await Latency.MeasureAsync(Take(actors, 200), id => Task.FromResult(sql.Neighbourhood(id, 2, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31), 500)));
        table.Add("2-hop filtered neighbourhood (rows)", subgraph, subgraphSql, "actors and the ties among them, whole rows");

        found = 0;
        var active = samples.ActiveActors;
        var activeWalk = await Latency.MeasureAsync(active, id => Task.FromResult(found += store.ReadModel(m =>
            NeighbourhoodWalk.Reach(m, [m.ResolveActor(id)], 2, 500, new CompiledTieFilter(WalkFilter, m)).Actors.Count)));
        var activeWalkSql = await Latency.MeasureAsync(Take(active, 200), id => Task.FromResult(sql.Walk(id, 2, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31), 500)));
        table.Add("  same, actors met through a tie", activeWalk, activeWalkSql, $"{Mean(found, active.Count)} actors on average");
        var activeSubgraph = await Latency.MeasureAsync(active, id => store.GetNeighbourhoodAsync(query(id)));
        var activeSubgraphSql = await Latency.MeasureAsync(Take(active, 200), id => Task.FromResult(sql.Neighbourhood(id, 2, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31), 500)));
        table.Add("  same, with rows", activeSubgraph, activeSubgraphSql, "");

        found = 0;
        var paths = await Latency.MeasureAsync(samples.Pairs, pair => Task.FromResult(found += store.ReadModel(m =>
            ShortestPaths.Find(m, m.ResolveActor(pair.From), m.ResolveActor(pair.To), 6, 10, new CompiledTieFilter(TieFilter.None, m)).Count)));
        var pathsSql = Latency.MeasureCapped(Take(samples.Pairs, 30), pair => sql.ShortestPath(pair.From, pair.To, 6, PathCap));
        table.Add("shortest paths <= 6 hops (ids)", paths, pathsSql, $"{Mean(found, samples.Pairs.Count)} paths on average (limit 10); SQL: recursive CTE, capped at {PathCap.TotalSeconds:F0} s");

        var pathRows = await Latency.MeasureAsync(samples.Pairs, pair => store.FindPathsAsync(new PathQuery { From = pair.From, To = pair.To, MaxLength = 6 }));
        table.Add("shortest paths <= 6 hops (rows)", pathRows, null, "every tie of every hop, whole rows");

        found = 0;
        var search = await Latency.MeasureAsync(samples.SearchTexts, async text => found += (await store.SearchActorsAsync(new ActorSearch { Text = text, Limit = 10 })).TotalCount);
        var searchSql = await Latency.MeasureAsync(Take(samples.SearchTexts, 1_000), text => Task.FromResult(sql.Search(text, 10)));
        table.Add("alias search (10 hits + total)", search, searchSql, $"{Mean(found, samples.SearchTexts.Count)} matches on average for 4-8 typed letters");

        var emptyRead = await Latency.MeasureAsync(actors, _ => Task.FromResult(store.ReadModel(_ => 0)));
        table.Add("empty read (overhead of every read)", emptyRead, null, "the model lock and the check for commits by other processes");
        return table;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static List<T> Take<T>(IReadOnlyList<T> items, int count) => [.. items.Take(count)];

    // The total counts the warm-up calls too.
    private static string Mean(long total, int inputs) =>
        (total / (double)(inputs + Latency.WarmUpCalls(inputs))).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);

    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
