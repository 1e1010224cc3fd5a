using KnowledgeGraph.Benchmarks.Store;

// dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- store [--actors 100000 --ties 1000000 --articles 200000 --seed 42]
if (args.Length == 0 || args[0] != "store")
{
    Console.Error.WriteLine("usage: store [--actors N] [--articles N] [--ties N] [--seed N] [--iterations N] [--path FILE]");
    return 2;
}

return await StoreBenchmark.RunAsync(StoreBenchmarkOptions.Parse(args[1..]));
