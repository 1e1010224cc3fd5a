using System.Diagnostics;

namespace KnowledgeGraph.Benchmarks.Export;

/// <summary>
/// One timed run: wall time, CPU time of the whole process (every thread, GC included), and the peak resident memory
/// during the run, in total and as the anonymous part's rise over its level before the run, and the managed heap's
/// peak rise as collections left it (see <see cref="ResidentMemory.WatchPeakAsync"/>).
/// </summary>
internal sealed record ExportRun(TimeSpan Wall, TimeSpan Cpu, long PeakBytes, long AnonymousRiseBytes, long HeapRiseBytes, long OutputBytes)
{
    public static async Task<ExportRun> MeasureAsync(Func<Stream, Task> export)
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var before = ResidentMemory.Now();
        var heapBefore = ResidentMemory.HeapAfterCollection();
        using var stop = new CancellationTokenSource();
        var watcher = Task.Run(() => ResidentMemory.WatchPeakAsync(stop.Token));
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var sink = new CountingSink();
        var watch = Stopwatch.StartNew();
        await export(sink);
        var wall = watch.Elapsed;
        process.Refresh();
        var spent = process.TotalProcessorTime - cpu;
        await stop.CancelAsync();
        var peak = await watcher;
        return new ExportRun(wall, spent, peak.Total, peak.Anonymous - before.Anonymous, peak.HeapAfterCollection - heapBefore, sink.BytesWritten);
    }
}
