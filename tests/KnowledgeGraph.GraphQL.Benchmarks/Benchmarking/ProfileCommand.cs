using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.GraphQL.Benchmarks.Newsroom;

namespace KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;

/// <summary>
/// The <c>profile</c> command: our engine alone, without node, so a change can be measured in seconds.
/// Prints the part-by-part cost of both execution workloads. With <c>--spin-count N</c> it runs one
/// workload N times after N/4 of warm-up and prints the process CPU time per operation next to the wall
/// time: on a machine shared with other work, CPU time is far less blurred by the load than wall time.
/// </summary>
internal static class ProfileCommand
{
    public static int Run(IReadOnlyList<string> arguments)
    {
        var parsed = CommandOptions.Parse(arguments, "--spin-count", "--spin-wide");
        var graph = NewsroomGraph.Load(NewsroomData.Generate());
        var ours = new OurEngine(NewsroomSchema.Build(graph), rootValue: null);
        var plain = new OurEngine(NewsroomSchema.Build(graph, plainResolvers: true), rootValue: null);
        var variables = new Dictionary<string, object?> { ["id"] = "actor-7" };
        if (parsed.Has("--spin-count"))
        {
            var query = parsed.Int("--spin-wide", 0) == 1 ? NewsroomQueries.WideList : NewsroomQueries.ActorWithTies;
            var request = ours.Prepare(new Workload("spin", query, variables));
            var count = parsed.Int("--spin-count", 1, minimum: 1);
            for (var warmUp = count / 4; warmUp > 0; warmUp--)
            {
                ours.Execute(request);
            }

            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var wallBefore = Stopwatch.GetTimestamp();
            for (var remaining = count; remaining > 0; remaining--)
            {
                ours.Execute(request);
            }

            var wall = Stopwatch.GetElapsedTime(wallBefore);
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{count} operations: {cpu.TotalMicroseconds / count:F2} µs CPU per operation, {wall.TotalMicroseconds / count:F2} µs wall"));
            return 0;
        }

        Console.WriteLine("actor with 10 ties and their articles:");
        Profiles.PrintExecutionByPart(ours, plain, NewsroomQueries.ActorWithTiesParts, variables);
        Console.WriteLine("wide list (500 articles x 10 fields):");
        Profiles.PrintExecutionByPart(ours, plain, NewsroomQueries.WideListParts, new Dictionary<string, object?>());
        return 0;
    }
}
