using System.Diagnostics;

namespace KnowledgeGraph.Benchmarks.Store;

/// <summary>Times one query over many inputs and reports the median and the 99th percentile.</summary>
internal sealed record Latency(double MedianMs, double P99Ms, int Samples, int TimedOut)
{
    private const int WarmUp = 20;

    /// <summary>How many untimed calls run first, on the first inputs, so the JIT and caches have settled.</summary>
    public static int WarmUpCalls(int inputs) => Math.Min(WarmUp, inputs);

    public static async Task<Latency> MeasureAsync<T>(IReadOnlyList<T> inputs, Func<T, Task> query)
    {
        for (var i = 0; i < WarmUpCalls(inputs.Count); i++)
        {
            await query(inputs[i]);
        }

        var samples = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await query(inputs[i]);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return Of(samples, timedOut: 0);
    }

    /// <summary>Like <see cref="MeasureAsync{T}"/> for a query that reports whether it finished in time; a timed-out run counts at its cap.</summary>
    public static Latency MeasureCapped<T>(IReadOnlyList<T> inputs, Func<T, bool> query)
    {
        var samples = new double[inputs.Count];
        var timedOut = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            if (!query(inputs[i]))
            {
                timedOut++;
            }

            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return Of(samples, timedOut);
    }

    private static Latency Of(double[] samples, int timedOut)
    {
        Array.Sort(samples);
        var p99 = samples[Math.Max(0, (int)Math.Ceiling(samples.Length * 0.99) - 1)];
        return new Latency(samples[samples.Length / 2], p99, samples.Length, timedOut);
    }
}
