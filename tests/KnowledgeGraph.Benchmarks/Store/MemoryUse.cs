using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Store;

/// <summary>The process's peak resident memory so far: VmHWM from /proc where there is one, else the runtime's figure.</summary>
internal static class MemoryUse
{
    public static long PeakBytes()
    {
        const string Status = "/proc/self/status";
        if (File.Exists(Status))
        {
            var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
