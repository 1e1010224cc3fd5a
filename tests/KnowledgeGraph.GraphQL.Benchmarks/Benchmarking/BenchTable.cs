using System.Globalization;
using KnowledgeGraph.GraphQL.Benchmarks.Newsroom;

namespace KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;

/// <summary>Prints the benchmark's results and, where a target is missed, a breakdown of our engine's time.</summary>
internal static class BenchTable
{
    public const double TargetVersusGraphQLJs = 3;
    public const double TargetVersusGraphQLJit = 1;
    public const double TargetParseValidateMs = 0.5;

    public static void Print(IReadOnlyList<BenchRow> rows, IReadOnlyList<BenchRow> cpuRows, double ourParseValidateMs, double graphQLJsParseValidateMs, BenchOptions options)
    {
        PrintRows("operations per second of wall time", rows);
        PrintRows("operations per second of process CPU time", cpuRows);
        Console.WriteLine();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Introspection query parse+validate, median: ours {ourParseValidateMs:F3} ms (target <= {TargetParseValidateMs} ms{(ourParseValidateMs <= TargetParseValidateMs ? string.Empty : ", MISSED")}), graphql-js {graphQLJsParseValidateMs:F3} ms."));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Throughput in operations per second, single-threaded, execution only (parse and validate once; graphql-jit compiles once): the median of {options.Batches} batches of {options.BatchMs} ms after {options.WarmupMs} ms of warm-up. Targets: ours/js >= {TargetVersusGraphQLJs}, ours/jit >= {TargetVersusGraphQLJit} (a * marks a miss)."));
        Console.WriteLine("This machine has 2 cores shared with other processes: figures are noisy, which is why medians are reported; compare ratios rather than absolute numbers. Wall time also counts the time a process waited for a core, so under load the CPU-time ratios are the steadier ones; the profiles below follow them.");
        Console.WriteLine($"Load average at the end: {LoadAverage()}");
    }

    private static void PrintRows(string title, IReadOnlyList<BenchRow> rows)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title,-40} {"ours",12} {"graphql-js",12} {"graphql-jit",12} {"ours/js",9} {"ours/jit",9}"));
        foreach (var row in rows)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{row.Workload,-40} {row.Ours,12:N0} {row.GraphQLJs,12:N0} {row.GraphQLJit,12:N0} {Ratio(row.VersusGraphQLJs, TargetVersusGraphQLJs),9} {Ratio(row.VersusGraphQLJit, TargetVersusGraphQLJit),9}"));
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static void PrintProfiles(IReadOnlyList<BenchRow> rows, IReadOnlyList<Workload> workloads, OurEngine ours, OurEngine plainResolvers, double parseValidateMs)
    {
        foreach (var (row, workload) in rows.Zip(workloads))
        {
            var isIntrospection = workload.Name == NodeEngines.IntrospectionWorkload;
            if (row.MeetsTargets && !(isIntrospection && parseValidateMs > TargetParseValidateMs))
            {
                continue;
            }

            Console.WriteLine();
            Console.WriteLine($"Where our time goes for \"{workload.Name}\" (a target is missed):");
            if (isIntrospection)
            {
                Profiles.PrintValidationByRule(ours.Schema, workload.Query);
            }
            else
            {
                var parts = workload.Query == NewsroomQueries.ActorWithTies ? NewsroomQueries.ActorWithTiesParts : NewsroomQueries.WideListParts;
                Profiles.PrintExecutionByPart(ours, plainResolvers, parts, workload.Variables);
            }
        }
    }

    private static string Ratio(double ratio, double target) =>
        string.Create(CultureInfo.InvariantCulture, $"{ratio:F2}{(ratio >= target ? " " : "*")}");
}
