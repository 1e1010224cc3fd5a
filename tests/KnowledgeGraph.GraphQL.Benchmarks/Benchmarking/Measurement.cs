using System.Diagnostics;

namespace KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;

/// <summary>Throughput of one engine on one workload: operations per second of each timed batch, and their median.</summary>
internal sealed record Measurement(double Median, IReadOnlyList<double> Rates)
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
        for (var batch = 0; batch < options.Batches; batch++)
        {
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
        }

        return new Measurement(MedianOf(rates), rates);
    }

    public static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
