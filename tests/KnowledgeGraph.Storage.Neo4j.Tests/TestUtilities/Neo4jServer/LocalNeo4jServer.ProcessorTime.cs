using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

public sealed partial class LocalNeo4jServer
{
    /// <summary>
    /// Gets the processor time the server's processes (the JVM under the watchdog) have used so far. On a machine
    /// shared with other work this measures what a benchmark cost the server, where wall time also measures the load.
    /// </summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            var total = TimeSpan.Zero;
            foreach (var id in Descendants(process.Id).Append(process.Id))
            {
                try
                {
                    using var member = Process.GetProcessById(id);
                    total += member.TotalProcessorTime;
                }
                catch (ArgumentException)
                {
                    // The process ended between listing and reading it.
                }
            }

            return total;
        }
    }

    // Linux only, like the server itself: each /proc/<pid>/stat names the parent after the command in parentheses.
    private static IEnumerable<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in System.IO.Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && TryReadParent(Path.Combine(folder, "stat"), out var parent))
            {
                parents[id] = parent;
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var next))
        {
            foreach (var child in parents.Where(p => p.Value == next).Select(p => p.Key))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }

        return found;
    }

    private static bool TryReadParent(string statFile, out int parent)
    {
        parent = 0;
        try
        {
            var stat = File.ReadAllText(statFile);
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out parent);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
