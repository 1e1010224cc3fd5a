using System.Diagnostics;

namespace KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;

/// <summary>
/// Throughput of one engine on one workload: operations per second of each timed batch and their median,
/// by the wall clock and by the process's CPU time. On a machine whose cores are shared with other work,
/// wall time also measures how long the process waited for a core; CPU time mostly does not.
/// </summary>
internal sealed record Measurement(double Median, IReadOnlyList<double> Rates, double CpuMedian)
{
    /// <summary>Runs <paramref name="operation"/> for the warm-up, then batch after batch, as the node side does.</summary>
    public static Measurement Of(Action operation, BenchOptions options)
    {
        var warmUpEnd = Stopwatch.GetTimestamp() + (options.WarmupMs * Stopwatch.Frequency / 1000);
        while (Stopwatch.GetTimestamp() < warmUpEnd)
        {
            operation();
        }

        var batchTicks = options.BatchMs * Stopwatch.Frequency / 1000;
        var rates = new List<double>();
        var cpuRates = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var batch = 0; batch < options.Batches; batch++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var start = Stopwatch.GetTimestamp();
            long now;
            var count = 0;
            do
            {
                operation();
                count++;
                now = Stopwatch.GetTimestamp();
            }
            while (now - start < batchTicks);
            rates.Add(count / ((double)(now - start) / Stopwatch.Frequency));
            process.Refresh();
            cpuRates.Add(count / (process.TotalProcessorTime - cpuStart).TotalSeconds);
        }

        return new Measurement(MedianOf(rates), rates, MedianOf(cpuRates));
    }

    public static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
