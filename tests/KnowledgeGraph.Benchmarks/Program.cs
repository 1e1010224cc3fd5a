using KnowledgeGraph.Benchmarks.Export;
using KnowledgeGraph.Benchmarks.Neo4j;
using KnowledgeGraph.Benchmarks.Store;

// dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- store [--actors 100000 --ties 1000000 --articles 200000 --seed 42]
// dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- neo4j [--actors 10000]
// dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- export [--path FILE --runs 3 --formats graphml,csv] (same graph knobs as store)
return args switch
{
    ["store", .. var rest] => await StoreBenchmark.RunAsync(StoreBenchmarkOptions.Parse(rest)),
    ["neo4j", .. var rest] => await Neo4jBenchmark.RunAsync(rest),
    ["export", .. var rest] => await ExportBenchmark.RunAsync(ExportBenchmarkOptions.Parse(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: store [--actors N] [--articles N] [--ties N] [--seed N] [--iterations N] [--path FILE]");
    Console.Error.WriteLine("       neo4j [--actors N]");
    Console.Error.WriteLine("       export [--actors N] [--articles N] [--ties N] [--seed N] [--runs N] [--formats a,b] [--path FILE]");
    return 2;
}
