using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Benchmarks.Neo4j;

/// <summary>
/// Times a store call and, right after it in the same iteration, the statements it sent replayed bare, so both see
/// the same server state and the same machine load.
/// </summary>
internal sealed class LatencyPair(Neo4jGraphStore store, RecordingClient recording, DirectCypher direct, int warmup, int iterations)
{
    /// <summary>Runs the call, returning a table row: store and direct p50/p99 in milliseconds and the p50 ratio.</summary>
    public async Task<string> RunAsync(string name, Func<Neo4jGraphStore, Task> call)
    {
        var viaStore = new List<double>();
        var bare = new List<double>();
        for (var i = 0; i < warmup + iterations; i++)
        {
            recording.Recorded = [];
            var clock = Stopwatch.StartNew();
            await call(store);
            var storeTime = clock.Elapsed.TotalMilliseconds;
            var statements = recording.Recorded;
            recording.Recorded = null;
            clock.Restart();
            await direct.RunAsync(statements);
            var bareTime = clock.Elapsed.TotalMilliseconds;
            if (i >= warmup)
            {
                viaStore.Add(storeTime);
                bare.Add(bareTime);
            }
        }

        viaStore.Sort();
        bare.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-24} {Percentile(viaStore, 0.5),7:F2} ms {Percentile(viaStore, 0.99),7:F2} ms {Percentile(bare, 0.5),8:F2} ms {Percentile(bare, 0.99),8:F2} ms {Percentile(viaStore, 0.5) / Percentile(bare, 0.5),9:F2}x");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
