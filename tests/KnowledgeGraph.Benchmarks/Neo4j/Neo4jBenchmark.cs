using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Benchmarks.Neo4j;

/// <summary>
/// The Neo4j store on a real server: bulk import throughput, then the latency of four reads next to the very same
/// statements sent with a bare HttpClient, so the store's own overhead shows.
/// </summary>
internal static class Neo4jBenchmark
{
    private const int Warmup = 5;
    private const int Iterations = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var actors = args is ["--actors", var count, ..] ? int.Parse(count, CultureInfo.InvariantCulture) : 10_000;
        LocalNeo4jServer? local = null;
        var uri = Neo4jTestEnvironment.ExternalServer?.Uri;
        if (uri is null)
        {
            local = await LocalNeo4jServer.StartAsync(false, CancellationToken.None);
            uri = local.HttpUri;
        }

        try
        {
            var recording = new RecordingClient(new Neo4jHttpClient(new Neo4jClientOptions { Uri = uri, RequestTimeout = TimeSpan.FromMinutes(10) }));
            await using var store = await Neo4jGraphStore.OpenAsync(recording, TimeProvider.System, CancellationToken.None);
            using var direct = new DirectCypher(uri);
            Console.WriteLine($"Neo4j at {uri}: {actors} actors, {actors * GraphGenerator.TiesPerActor} ties");

            var batch = GraphGenerator.Generate(actors);
            var clock = Stopwatch.StartNew();
            var result = await store.ImportAsync(batch);
            clock.Stop();
            Console.WriteLine($"bulk import: {result.TiesAdded} ties in {clock.Elapsed.TotalSeconds:F1} s = {result.TiesAdded / clock.Elapsed.TotalSeconds:F0} ties/s");

            var random = new Random(7);
            string Actor() => $"actor-{random.Next(actors)}";
            await MeasureAsync("ties of one actor", store, recording, direct, s => s.GetTiesOfActorsAsync([Actor()], TieFilter.None));
            await MeasureAsync("2-hop neighbourhood", store, recording, direct, s => s.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = [Actor()], Depth = 2 }));
            await MeasureAsync("shortest paths (<= 4)", store, recording, direct, s => s.FindPathsAsync(new PathQuery { From = Actor(), To = Actor() }));
            await MeasureAsync("search", store, recording, direct, s => s.SearchActorsAsync(new ActorSearch { Text = batch.Actors[random.Next(actors)].Name[..4], Limit = 20 }));
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

    // Each iteration runs one store call (recording its statements), then replays exactly those statements bare.
    private static async Task MeasureAsync(string name, Neo4jGraphStore store, RecordingClient recording, DirectCypher direct, Func<Neo4jGraphStore, Task> call)
    {
        var viaStore = new List<double>();
        var bare = new List<double>();
        for (var i = 0; i < Warmup + Iterations; i++)
        {
            recording.Recorded = [];
            var clock = Stopwatch.StartNew();
            await call(store);
            var storeTime = clock.Elapsed.TotalMilliseconds;
            var statements = recording.Recorded;
            recording.Recorded = null;
            clock.Restart();
            await direct.RunAsync(statements);
            var bareTime = clock.Elapsed.TotalMilliseconds;
            if (i >= Warmup)
            {
                viaStore.Add(storeTime);
                bare.Add(bareTime);
            }
        }

        viaStore.Sort();
        bare.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-24} store p50 {Percentile(viaStore, 0.5),7:F2} ms p99 {Percentile(viaStore, 0.99),7:F2} ms | direct HTTP p50 {Percentile(bare, 0.5),7:F2} ms p99 {Percentile(bare, 0.99),7:F2} ms | overhead {Percentile(viaStore, 0.5) / Percentile(bare, 0.5):F2}x"));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
