using KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;
using KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

try
{
    return args switch
    {
        ["bench", .. var rest] => await BenchCommand.RunAsync(rest),
        ["fuzz", .. var rest] => FuzzCommand.Run(rest),
        ["profile", .. var rest] => ProfileCommand.Run(rest),
        _ => Usage(),
    };
}
catch (ArgumentException invalid)
{
    Console.Error.WriteLine(invalid.Message);
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("""
        Usage:
          bench [--batches 9] [--batch-ms 500] [--warmup-ms 2000]
              Throughput of our engine, graphql-js and graphql-jit on the same schema and data.
          fuzz [--count 100000] [--seed 1] [--time-limit-ms 1000] [--memory-limit-mb 1024] [--show N]
              Mutated requests against the whole pipeline; --show prints request N without running.
          profile [--spin-count N [--spin-wide 0|1]]
              Our engine alone, part by part; --spin-count only runs one workload N times (for perf stat).
        """);
    return 2;
}
