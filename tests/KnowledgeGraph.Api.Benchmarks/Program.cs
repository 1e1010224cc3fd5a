using KnowledgeGraph.Api.Benchmarks;

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var layout = RepositoryLayout.Find();
Directory.CreateDirectory(RepositoryLayout.WorkFolder);
LoadGenerator.EnsureInstalled(Console.Out);
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
var benchmark = new GraphBenchmark(layout, options, http, Console.Out);
var results = new List<GraphResult>();
foreach (var graph in options.Graphs)
{
    results.AddRange(await benchmark.RunAsync(graph));
}

ResultTable.Print(results, options, Console.Out);
return 0;
