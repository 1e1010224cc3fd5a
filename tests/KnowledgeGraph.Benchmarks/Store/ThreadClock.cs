using System.Runtime.InteropServices;

namespace KnowledgeGraph.Benchmarks.Store;

/// <summary>
/// CPU time used by the calling thread. On a machine shared with other busy processes, wall-clock latency mostly
/// measures the wait for a core; CPU time measures the query's own work. Linux only; elsewhere it reads zero.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    public static double NowMs()
    {
        if (!IsAvailable || clock_gettime(ThreadCpuTime, out var time) != 0)
        {
            return 0;
        }

        return (time.Seconds * 1e3) + (time.Nanoseconds / 1e6);
    }

    // DllImport rather than LibraryImport: a plain out struct needs no marshalling code, and no unsafe blocks.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
