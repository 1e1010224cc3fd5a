namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>One load-generator measurement: throughput and latency percentiles in milliseconds.</summary>
internal sealed record LoadResult(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds)
{
    /// <summary>The median of each metric on its own over several runs.</summary>
    public static LoadResult Median(IReadOnlyList<LoadResult> runs) => new(
        MedianOf(runs.Select(r => r.RequestsPerSecond)),
        MedianOf(runs.Select(r => r.P50Milliseconds)),
        MedianOf(runs.Select(r => r.P99Milliseconds)));

    internal static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
