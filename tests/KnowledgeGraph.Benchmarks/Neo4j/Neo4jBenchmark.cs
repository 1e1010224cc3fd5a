using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Benchmarks.Neo4j;

/// <summary>
/// The Neo4j store on a real server: bulk import throughput, then the latency of each read next to the very same
/// statements sent with a bare HttpClient, so the store's own overhead shows.
/// </summary>
internal static class Neo4jBenchmark
{
    private const int Warmup = 5;
    private const int WarmupImports = 5;
    private const int IdsPerLookup = 20;

    public static async Task<int> RunAsync(Neo4jBenchmarkOptions options)
    {
        LocalNeo4jServer? local = null;
        var uri = options.Uri;
        if (uri is null)
        {
            local = await LocalNeo4jServer.StartAsync(false, LocalNeo4jMemory.Benchmark, CancellationToken.None);
            uri = local.HttpUri;
        }

        try
        {
            var external = Neo4jTestEnvironment.ExternalServer;
            var clientOptions = new Neo4jClientOptions { Uri = uri, RequestTimeout = TimeSpan.FromMinutes(10) };
            if (local is null && external is { } credentials)
            {
                clientOptions.User = credentials.User;
                clientOptions.Password = credentials.Password;
            }

            var recording = new RecordingClient(new Neo4jHttpClient(clientOptions));
            var server = await recording.GetServerInfoAsync();
            await WipeAsync(recording);
            await using var store = await Neo4jGraphStore.OpenAsync(recording, TimeProvider.System, CancellationToken.None);
            using var direct = new DirectCypher(clientOptions, server);
            var batch = GraphGenerator.Generate(options.Actors);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Neo4j {server.Version} at {uri}{(local is null ? "" : " (started here, heap " + LocalNeo4jMemory.Benchmark.Heap + " with a young generation of " + LocalNeo4jMemory.Benchmark.YoungGeneration + ", page cache " + LocalNeo4jMemory.Benchmark.PageCache + ")")}: {batch.Actors.Count} actors, {batch.Ties.Count} ties, {options.Iterations} iterations; load average {LoadAverage()}"));

            // A server just started spends its first imports compiling its own code: one import of a tenth of the graph
            // left the big statements half compiled (the first full-size import on a fresh JVM ran at about 5k ties/s,
            // later ones at 9-12k). After two full imports the JVM's C2 compiler still took most of a core through the
            // third, and this process's own JIT doubled the client's CPU (1.2 s against 0.6 s for 50k ties); five
            // imports of a full batch, each wiped again, leave both as warm as a server and client that have been running.
            var warmup = GraphGenerator.Generate(Math.Min(batch.Actors.Count, options.ActorsPerBatch));
            for (var round = 0; round < WarmupImports; round++)
            {
                await store.ImportAsync(warmup);
                await WipeAsync(recording);
            }

            recording.TransactionTimes.Clear();

            var serverBefore = local?.ProcessorTime;
            var clientBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var slices = ImportSlices.Of(batch, options.ActorsPerBatch);
            var clock = Stopwatch.StartNew();
            var results = new List<Core.Import.ImportResult>();
            foreach (var slice in slices)
            {
                results.Add(await store.ImportAsync(slice));
            }

            clock.Stop();
            var result = new { ActorsWritten = results.Sum(r => r.ActorsWritten), TiesAdded = results.Sum(r => r.TiesAdded) };
            var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - clientBefore).TotalSeconds;
            var serverCpu = local is null ? "" : string.Create(CultureInfo.InvariantCulture,
                $", server CPU {(local.ProcessorTime - serverBefore!.Value).TotalSeconds:F1} s = {result.TiesAdded / (local.ProcessorTime - serverBefore!.Value).TotalSeconds:F0} ties per server CPU-second");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bulk import ({slices.Count} batch(es) of <= {options.ActorsPerBatch} actors, one transaction each, warm server): {result.ActorsWritten} actors, {result.TiesAdded} ties in {clock.Elapsed.TotalSeconds:F1} s = {result.TiesAdded / clock.Elapsed.TotalSeconds:F0} ties/s; client CPU {clientCpu:F1} s{serverCpu}; load average {LoadAverage()}"));

            foreach (var (statement, (calls, time)) in recording.TransactionTimes.OrderByDescending(t => t.Value.Time))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {time.TotalSeconds,6:F1} s {calls,4} x {statement}"));
            }

            var random = new Random(7);
            string Actor() => batch.Actors[random.Next(batch.Actors.Count)].Id;
            string[] Actors() => [.. Enumerable.Range(0, IdsPerLookup).Select(_ => Actor())];
            string NamePrefix() => batch.Actors[random.Next(batch.Actors.Count)].Name[..4];
            var table = new List<string> { string.Create(CultureInfo.InvariantCulture,
                $"{"operation",-24} {"store p50",10} {"store p99",10} {"direct p50",11} {"direct p99",11} {"p50 ratio",10}") };
            var measure = new LatencyPair(store, recording, direct, Warmup, options.Iterations);
            table.Add(await measure.RunAsync("ties of one actor", s => s.GetTiesOfActorsAsync([Actor()], TieFilter.None)));
            table.Add(await measure.RunAsync("2-hop neighbourhood", s => s.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = [Actor()], Depth = 2 })));
            table.Add(await measure.RunAsync("shortest paths (<= 4)", s => s.FindPathsAsync(new PathQuery { From = Actor(), To = Actor() })));
            table.Add(await measure.RunAsync("alias search (4 chars)", s => s.SearchActorsAsync(new ActorSearch { Text = NamePrefix(), Limit = 20 })));
            table.Add(await measure.RunAsync($"actors by {IdsPerLookup} ids", s => s.GetActorsAsync(Actors())));
            var listing = new ActorSearch { Limit = 20 };
            var pageTwo = listing with { After = (await store.SearchActorsAsync(listing)).Items[^1].Cursor };
            table.Add(await measure.RunAsync("actor list, page 1", s => s.SearchActorsAsync(listing)));
            table.Add(await measure.RunAsync("actor list, page 2", s => s.SearchActorsAsync(pageTwo)));
            table.Add(await measure.RunAsync("actor list, last page", s => s.SearchActorsAsync(listing with { FromEnd = true })));
            table.ForEach(Console.WriteLine);
            Console.WriteLine($"load average {LoadAverage()}");
            return 0;
        }
        finally
        {
            if (local is not null)
            {
                await local.DisposeAsync();
            }
        }
    }

    // In slices, so a large graph left on an external server does not make one huge transaction.
    private static async Task WipeAsync(INeo4jClient client)
    {
        var wipe = new Neo4jStatement("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted");
        while (Convert.ToInt64((await client.RunAsync(wipe)).Records[0].GetValue("deleted"), CultureInfo.InvariantCulture) > 0)
        {
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
