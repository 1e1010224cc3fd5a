using System.Diagnostics;

namespace KnowledgeGraph.Benchmarks.Store;

/// <summary>
/// Times one query over many inputs: median and 99th percentile of wall-clock time, and the median CPU time of the
/// thread that ran it (the queries complete synchronously, so one thread does all of each one's work).
/// </summary>
internal sealed record Latency(double MedianMs, double P99Ms, double CpuMedianMs, int Samples, int TimedOut)
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
        var cpu = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var (start, cpuStart) = (Stopwatch.GetTimestamp(), ThreadClock.NowMs());
            await query(inputs[i]);
            (samples[i], cpu[i]) = (Stopwatch.GetElapsedTime(start).TotalMilliseconds, ThreadClock.NowMs() - cpuStart);
        }

        return Of(samples, cpu, timedOut: 0);
    }

    /// <summary>Like <see cref="MeasureAsync{T}"/> for a query that reports whether it finished in time; a timed-out run counts at its cap.</summary>
    public static Latency MeasureCapped<T>(IReadOnlyList<T> inputs, Func<T, bool> query)
    {
        var samples = new double[inputs.Count];
        var cpu = new double[inputs.Count];
        var timedOut = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var (start, cpuStart) = (Stopwatch.GetTimestamp(), ThreadClock.NowMs());
            if (!query(inputs[i]))
            {
                timedOut++;
            }

            (samples[i], cpu[i]) = (Stopwatch.GetElapsedTime(start).TotalMilliseconds, ThreadClock.NowMs() - cpuStart);
        }

        return Of(samples, cpu, timedOut);
    }

    private static Latency Of(double[] samples, double[] cpu, int timedOut)
    {
        Array.Sort(samples);
        Array.Sort(cpu);
        var p99 = samples[Math.Max(0, (int)Math.Ceiling(samples.Length * 0.99) - 1)];
        return new Latency(samples[samples.Length / 2], p99, cpu[cpu.Length / 2], samples.Length, timedOut);
    }
}
