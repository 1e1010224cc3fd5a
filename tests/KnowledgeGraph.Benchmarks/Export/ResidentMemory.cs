using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Export;

/// <summary>
/// The process's resident memory from /proc/self/status. The total counts the store's memory-mapped file pages as
/// they are touched (the SQLite readers map up to 4 GB), which the kernel can drop at will; the anonymous part is the
/// process's own heap, so the peak of that part is what shows whether an export buffers. Linux only; zero elsewhere.
/// </summary>
internal static class ResidentMemory
{
    private const string Status = "/proc/self/status";

    public static bool IsAvailable { get; } = File.Exists(Status);

    /// <summary>Total and anonymous resident bytes now.</summary>
    public static (long Total, long Anonymous) Now()
    {
        if (!IsAvailable)
        {
            return (0, 0);
        }

        long total = 0, anonymous = 0;
        foreach (var line in File.ReadLines(Status))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                total = Kilobytes(line) * 1024;
            }
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anonymous = Kilobytes(line) * 1024;
            }
        }

        return (total, anonymous);
    }

    /// <summary>
    /// Samples every few milliseconds until cancelled, and returns the highest of each figure seen: total and
    /// anonymous resident bytes, and the managed heap's size as the latest collection left it (what the export keeps
    /// alive, plus fragmentation, without the garbage a collection is about to take).
    /// </summary>
    public static async Task<(long Total, long Anonymous, long HeapAfterCollection)> WatchPeakAsync(CancellationToken stop)
    {
        var peak = Sample();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                peak = Max(peak, Sample());
            }
        }
        catch (OperationCanceledException)
        {
        }

        return Max(peak, Sample());
    }

    public static long HeapAfterCollection() => GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;

    private static (long, long, long) Sample()
    {
        var (total, anonymous) = Now();
        return (total, anonymous, HeapAfterCollection());
    }

    private static (long, long, long) Max((long, long, long) a, (long, long, long) b) =>
        (Math.Max(a.Item1, b.Item1), Math.Max(a.Item2, b.Item2), Math.Max(a.Item3, b.Item3));

    private static long Kilobytes(string line)
    {
        var value = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace("kB", "", StringComparison.Ordinal).Trim();
        return long.Parse(value, CultureInfo.InvariantCulture);
    }
}
