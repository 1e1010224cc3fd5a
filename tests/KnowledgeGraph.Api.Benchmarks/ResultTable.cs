using System.Globalization;

namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>Prints the medians as one table, with the targets for query (a) marked met or missed.</summary>
internal static class ResultTable
{
    public const double PeerTarget = 1.5;
    public const double CeilingTarget = 0.5;
    public const double FixedRateP99TargetMs = 10;

    public static void Print(IReadOnlyList<GraphResult> results, BenchmarkOptions options, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Medians of {options.Runs} run(s) of {options.Duration.TotalSeconds:F0} s each (after a {options.WarmUp.TotalSeconds:F0} s warm-up), " +
            $"wrk -c {LoadGenerator.Connections}; fixed rate: hey at {GraphBenchmark.FixedRate} req/s.");
        output.WriteLine($"The machine has {Environment.ProcessorCount} cores, shared by the load generator and the server under test: " +
            "absolute numbers are low, the ratios are what compares. Each ratio is the median over runs of that run's ours / reference, " +
            "measured back to back.");
        output.WriteLine();
        string[] header = ["query", "graph", "ours req/s", "p50 ms", "p99 ms", "ceiling req/s", "peer req/s", "ours/peer", "ours/ceiling", "p99 ms @1k/s (rate reached)"];
        var rows = results.Select(r => new[]
        {
            r.Query,
            r.Graph,
            Number(r.Ours.RequestsPerSecond, "F0"),
            Number(r.Ours.P50Milliseconds, "F2"),
            Number(r.Ours.P99Milliseconds, "F2"),
            r.Ceiling is { } c ? Number(c.RequestsPerSecond, "F0") : "",
            r.Peer is { } p ? Number(p.RequestsPerSecond, "F0") : "",
            r.PeerRatio is { } peerRatio ? Ratio(peerRatio, PeerTarget, atLeast: true) : "",
            r.CeilingRatio is { } ceilingRatio ? Ratio(ceilingRatio, CeilingTarget, atLeast: true) : "",
            r.FixedRate is { } f ? FixedRateCell(f) : "",
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(Line(header, widths));
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }

        output.WriteLine();
        output.WriteLine($"Targets for (a): ours/peer >= {PeerTarget}x, ours/ceiling >= {CeilingTarget}x, p99 at 1,000 req/s <= {FixedRateP99TargetMs} ms with the rate reached " +
            "(+ met, - missed). Peer: graphql-js 16 + graphql-http 1.23.1 on node, same data in memory, same answer checked.");
    }

    // A p99 "at 1,000 req/s" only means that when the server kept up with the rate; the rate reached is shown beside it.
    private static string FixedRateCell(LoadResult atRate)
    {
        var keptUp = atRate.RequestsPerSecond >= 0.95 * GraphBenchmark.FixedRate;
        return Mark($"{Number(atRate.P99Milliseconds, "F2")} ({Number(atRate.RequestsPerSecond, "F0")}/s)", keptUp && atRate.P99Milliseconds <= FixedRateP99TargetMs);
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join(" | ", cells.Select((c, i) => i < 2 ? c.PadRight(widths[i]) : c.PadLeft(widths[i])));

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Ratio(double ratio, double target, bool atLeast) =>
        Mark($"{Number(ratio, "F2")}x", atLeast ? ratio >= target : ratio <= target);

    private static string Mark(string text, bool met) => $"{text} {(met ? '+' : '-')}";
}
