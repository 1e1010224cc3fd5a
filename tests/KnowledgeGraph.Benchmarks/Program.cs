using KnowledgeGraph.Benchmarks.Neo4j;

return args is ["neo4j", .. var rest]
    ? await Neo4jBenchmark.RunAsync(rest)
    : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: KnowledgeGraph.Benchmarks neo4j [--actors 10000]");
    return 2;
}
