using System.Text.Json.Nodes;
using KnowledgeGraph.GraphQL.Benchmarks.Newsroom;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;

/// <summary>
/// The <c>bench</c> command: in one run, graphql-js and graphql-jit (one node process) and then our
/// engine, each single-threaded, over the same newsroom schema, data and workloads; checks that every
/// engine returns the same data, then prints the table and, for each missed target, where our time goes.
/// </summary>
internal static class BenchCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var parsed = CommandOptions.Parse(arguments, "--batches", "--batch-ms", "--warmup-ms");
        var options = new BenchOptions
        {
            Batches = parsed.Int("--batches", 9, minimum: 1),
            BatchMs = parsed.Int("--batch-ms", 500, minimum: 10),
            WarmupMs = parsed.Int("--warmup-ms", 2_000),
        };
        var data = NewsroomData.Generate();
        var graph = NewsroomGraph.Load(data);
        var workloads = new List<Workload>
        {
            new("actor with 10 ties and their articles", NewsroomQueries.ActorWithTies, new Dictionary<string, object?> { ["id"] = "actor-7" }),
            new("wide list (500 articles x 10 fields)", NewsroomQueries.WideList, new Dictionary<string, object?>()),
        };

        Console.WriteLine($"Measuring graphql-js and graphql-jit ({options.Batches} batches of {options.BatchMs} ms after {options.WarmupMs} ms of warm-up per engine and workload)...");
        var node = await NodeEngines.MeasureAsync(NewsroomSchema.Sdl, data, workloads, options).ConfigureAwait(false);
        workloads.Add(new(NodeEngines.IntrospectionWorkload, node["introspectionQuery"]!.GetValue<string>(), new Dictionary<string, object?>()));

        Console.WriteLine("Measuring our engine...");
        var ours = new OurEngine(NewsroomSchema.Build(graph), rootValue: null);
        var rows = new List<BenchRow>();
        var cpuRows = new List<BenchRow>();
        foreach (var workload in workloads)
        {
            var nodeResults = node["results"]!.AsArray().Where(r => r!["workload"]!.GetValue<string>() == workload.Name).ToList();
            var ourSample = JsonNode.Parse(ResponseWriter.ToJson(ours.Execute(ours.Prepare(workload))))!;
            foreach (var engine in nodeResults)
            {
                if (!JsonNode.DeepEquals(ourSample["data"], engine!["sample"]!["data"]))
                {
                    throw new InvalidOperationException($"{engine["engine"]} returns other data than ours for {workload.Name}.");
                }
            }

            var measured = ours.MeasureExecution(workload, options);
            rows.Add(new BenchRow(workload.Name, measured.Median, Rate(nodeResults, "graphql-js", "median"), Rate(nodeResults, "graphql-jit", "median")));
            cpuRows.Add(new BenchRow(workload.Name, measured.CpuMedian, Rate(nodeResults, "graphql-js", "cpuMedian"), Rate(nodeResults, "graphql-jit", "cpuMedian")));
        }

        var introspection = workloads[^1];
        var parseValidateMs = ours.ParseValidateMs(introspection.Query, options);
        BenchTable.Print(rows, cpuRows, parseValidateMs, node["parseValidate"]!["medianMs"]!.GetValue<double>(), options);
        BenchTable.PrintProfiles(cpuRows, workloads, ours, new OurEngine(NewsroomSchema.Build(graph, plainResolvers: true), rootValue: null), parseValidateMs);
        return 0;
    }

    private static double Rate(IEnumerable<JsonNode?> results, string engine, string clock) =>
        results.Single(r => r!["engine"]!.GetValue<string>() == engine)![clock]!.GetValue<double>();
}
