using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Benchmarks.Generation;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Benchmarks.Export;

/// <summary>
/// Exports the whole generated graph from a SQLite store in every format, as per-report edges and as aggregated
/// relations, into a sink that only counts bytes (see <see cref="ExportRun"/> for the columns). A first row reads the
/// actors and ties and drops them: the floor the store's read path sets under every export.
/// </summary>
internal static class ExportBenchmark
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(ExportBenchmarkOptions options)
    {
        Console.WriteLine($"Export benchmark: {options.Graph}, "
            + $"{Environment.ProcessorCount} cores, {options.Runs} run(s) each, median shown, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");
        Console.WriteLine($"machine load average at start: {LoadAverage()}");
        var path = options.Path ?? Path.Combine(Path.GetTempPath(), $"kg-export-bench-{Environment.ProcessId}.db");
        if (!File.Exists(path))
        {
            await GenerateAsync(options, path);
        }
        else
        {
            Console.WriteLine($"exporting the existing {path} ({new FileInfo(path).Length / 1e6:F0} MB)");
        }

        var watch = Stopwatch.StartNew();
        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System))
        {
            Console.WriteLine($"store opened in {watch.Elapsed.TotalSeconds:F1} s; resident {ResidentMemory.Now().Total / 1e6:F0} MB before any export");
            Console.WriteLine();
            Console.WriteLine($"{"format",-10} {"edges",-10} {"wall s",7} {"cpu s",7} {"peak MB",8} {"anon +MB",9} {"heap +MB",9} {"output MB",10}  target {Target.TotalSeconds:F0} s");
            Print("(read)", "ties", await MeasureAsync(options, sink => ReadOnlyAsync(store)), checkTarget: false);
            foreach (var exporter in GraphExporters.All.Where(e => options.Formats?.Contains(e.Format) ?? true))
            {
                foreach (var edges in new[] { EdgeMode.Reports, EdgeMode.Relations })
                {
                    if (edges == EdgeMode.Relations && !exporter.SupportsRelations)
                    {
                        Console.WriteLine($"{exporter.Format,-10} {"relations",-10} (the import format holds reports only)");
                        continue;
                    }

                    var selection = ExportSelection.WholeGraph(edges);
                    var run = await MeasureAsync(options, sink => exporter.WriteAsync(store, selection, sink, DateTimeOffset.UtcNow));
                    Print(exporter.Format, edges == EdgeMode.Relations ? "relations" : "reports", run, checkTarget: true);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"machine load average at the end: {LoadAverage()}");
        if (options.Path is null)
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }

        return 0;
    }

    private static async Task<ExportRun> MeasureAsync(ExportBenchmarkOptions options, Func<Stream, Task> export)
    {
        var runs = new List<ExportRun>();
        for (var run = 0; run < options.Runs; run++)
        {
            runs.Add(await ExportRun.MeasureAsync(export));
        }

        return runs.OrderBy(r => r.Wall).ElementAt(runs.Count / 2);
    }

    private static void Print(string format, string edges, ExportRun run, bool checkTarget)
    {
        var verdict = !checkTarget ? "floor" : run.Wall <= Target ? "ok" : "OVER";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{format,-10} {edges,-10} {run.Wall.TotalSeconds,7:F1} {run.Cpu.TotalSeconds,7:F1} {run.PeakBytes / 1e6,8:F0} "
            + $"{run.AnonymousRiseBytes / 1e6,9:F0} {run.HeapRiseBytes / 1e6,9:F0} {run.OutputBytes / 1e6,10:F0}  {verdict,-5} load {LoadAverage()}"));
    }

    // The floor every export stands on: the actors and the ties streamed from the store and dropped.
    private static async Task ReadOnlyAsync(IGraphStore store)
    {
        var count = 0L;
        await foreach (var actor in store.StreamActorsAsync())
        {
            count += actor.Id.Length;
        }

        await foreach (var tie in store.StreamTiesAsync(TieFilter.None))
        {
            count += tie.Id.Length;
        }

        GC.KeepAlive(count);
    }

    private static async Task GenerateAsync(ExportBenchmarkOptions options, string path)
    {
        var watch = Stopwatch.StartNew();
        var batch = SyntheticGraph.Generate(options.Graph.Actors, options.Graph.Articles, options.Graph.Ties, options.Graph.Seed);
        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System))
        {
            await store.ImportAsync(batch);
        }

        Console.WriteLine($"generated and imported into {path} in {watch.Elapsed.TotalSeconds:F1} s ({new FileInfo(path).Length / 1e6:F0} MB)");
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
