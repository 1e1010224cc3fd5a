using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>
/// Measures the three queries over one graph: starts the API on it, checks every answer, starts the two references
/// for query (a) and checks the peer answers the same JSON, then measures each in turn, <c>Runs</c> times over.
/// </summary>
internal sealed class GraphBenchmark(RepositoryLayout layout, BenchmarkOptions options, HttpClient http, TextWriter log)
{
    public const int FixedRate = 1_000;

    public async Task<IReadOnlyList<GraphResult>> RunAsync(string graph)
    {
        var queries = graph == "seed" ? BenchmarkQueries.Seed : BenchmarkQueries.Generated;
        var seeded = graph == "seed";
        var database = seeded
            ? Path.Combine(RepositoryLayout.WorkFolder, $"seed-{Environment.ProcessId}.db")
            : await GeneratedGraph.EnsureAsync(RepositoryLayout.WorkFolder, log).ConfigureAwait(false);
        try
        {
            var (api, apiUrl) = await ApiServer.StartAsync(layout, http, database, seeded).ConfigureAwait(false);
            using (api)
            {
                log.WriteLine($"[{graph}] API pid {api.Id} on {apiUrl}");
                return await MeasureAsync(queries, apiUrl).ConfigureAwait(false);
            }
        }
        finally
        {
            if (seeded)
            {
                foreach (var file in new[] { database, database + "-wal", database + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }
    }

    private async Task<IReadOnlyList<GraphResult>> MeasureAsync(BenchmarkQueries queries, string apiUrl)
    {
        var measured = queries.Measured.ToList();
        byte[]? answerA = null;
        foreach (var (name, query) in measured)
        {
            var (bytes, data) = await GraphQLProbe.PostAsync(http, apiUrl, query).ConfigureAwait(false);
            log.WriteLine($"[{queries.Graph}] {name}: {Describe(data)}, {bytes.Length} bytes");
            if (!IsMeaningful(data))
            {
                throw new InvalidOperationException($"{name} over the {queries.Graph} graph answers too little to be worth measuring: {data.ToJsonString()}");
            }

            answerA ??= bytes;
        }

        var (ceiling, ceilingUrl) = await CeilingServer.StartAsync(answerA!).ConfigureAwait(false);
        await using (ceiling.ConfigureAwait(false))
        {
            var (peer, peerUrl) = await PeerServer.StartAsync(layout, http, apiUrl, queries, log).ConfigureAwait(false);
            using (peer)
            {
                log.WriteLine($"[{queries.Graph}] ceiling on {ceilingUrl}, peer pid {peer.Id} on {peerUrl}");
                var (peerBytes, _) = await GraphQLProbe.PostAsync(http, peerUrl, queries.ActorWithTies).ConfigureAwait(false);
                if (!PeerServer.SameJson(answerA!, peerBytes))
                {
                    throw new InvalidOperationException(
                        $"The peer's answer to (a) differs from ours.{Environment.NewLine}ours:   {System.Text.Encoding.UTF8.GetString(answerA!)}{Environment.NewLine}theirs: {System.Text.Encoding.UTF8.GetString(peerBytes)}");
                }

                log.WriteLine($"[{queries.Graph}] the peer's answer to (a) is the same JSON as ours ({(answerA!.AsSpan().SequenceEqual(peerBytes) ? "byte for byte" : "same values, different bytes")})");
                return Measure(queries, apiUrl, ceilingUrl, peerUrl);
            }
        }
    }

    private List<GraphResult> Measure(BenchmarkQueries queries, string apiUrl, string ceilingUrl, string peerUrl)
    {
        var measured = queries.Measured.ToList();
        var ours = measured.Select(_ => new List<LoadResult>()).ToList();
        var ceiling = new List<LoadResult>();
        var peer = new List<LoadResult>();
        var fixedRate = new List<LoadResult>();
        var bodyA = BenchmarkQueries.Body(queries.ActorWithTies);
        for (var run = 1; run <= options.Runs; run++)
        {
            // The references run right after ours for (a), so each run's ratios compare figures taken under the same
            // conditions: on this machine the load from elsewhere drifts by tens of percent within a minute.
            ours[0].Add(Saturate($"run {run} ours {measured[0].Name}", queries.Graph, apiUrl, bodyA));
            ceiling.Add(Saturate($"run {run} ceiling (a)", queries.Graph, ceilingUrl, bodyA));
            peer.Add(Saturate($"run {run} peer (a)", queries.Graph, peerUrl, bodyA));
            for (var q = 1; q < measured.Count; q++)
            {
                ours[q].Add(Saturate($"run {run} ours {measured[q].Name}", queries.Graph, apiUrl, BenchmarkQueries.Body(measured[q].Query)));
            }

            var atRate = LoadGenerator.FixedRate(apiUrl, bodyA, FixedRate, options.Duration, RepositoryLayout.WorkFolder);
            log.WriteLine($"[{queries.Graph}] run {run} ours (a) at {FixedRate} req/s: {Format(atRate)} (load average {LoadAverage()})");
            fixedRate.Add(atRate);
        }

        return measured.Select((m, q) => q == 0
            ? new GraphResult(m.Name, queries.Graph, LoadResult.Median(ours[q]))
            {
                Ceiling = LoadResult.Median(ceiling),
                Peer = LoadResult.Median(peer),
                CeilingRatio = MedianRatio(ours[q], ceiling),
                PeerRatio = MedianRatio(ours[q], peer),
                FixedRate = LoadResult.Median(fixedRate),
            }
            : new GraphResult(m.Name, queries.Graph, LoadResult.Median(ours[q]))).ToList();
    }

    // The median over runs of ours / reference within each run.
    private static double MedianRatio(List<LoadResult> ours, List<LoadResult> reference) =>
        LoadResult.MedianOf(ours.Zip(reference, (o, r) => o.RequestsPerSecond / r.RequestsPerSecond));

    private LoadResult Saturate(string label, string graph, string url, string body)
    {
        LoadGenerator.Saturate(url, body, options.WarmUp, RepositoryLayout.WorkFolder);
        var result = LoadGenerator.Saturate(url, body, options.Duration, RepositoryLayout.WorkFolder);
        log.WriteLine($"[{graph}] {label}: {Format(result)} (load average {LoadAverage()})");
        return result;
    }

    // Other work on the machine skews every number; the 1-minute load average says how much there was.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string Format(LoadResult r) => $"{r.RequestsPerSecond:F0} req/s, p50 {r.P50Milliseconds:F2} ms, p99 {r.P99Milliseconds:F2} ms";

    // An empty answer would measure nothing: (a) must list 10 ties, (b) more than its start actor, (c) a path.
    private static bool IsMeaningful(JsonObject data) => data.First() switch
    {
        { Key: "actor", Value: var actor } => actor?["ties"]?["nodes"]?.AsArray().Count == 10,
        { Key: "neighbourhood", Value: var sub } => sub?["nodes"]?.AsArray().Count > 1,
        { Key: "paths", Value: var paths } => paths is JsonArray { Count: > 0 },
        _ => false,
    };

    private static string Describe(JsonObject data) => data.First() switch
    {
        { Key: "actor", Value: var actor } => $"{actor?["ties"]?["nodes"]?.AsArray().Count} ties",
        { Key: "neighbourhood", Value: var sub } => $"{sub?["nodes"]?.AsArray().Count} nodes, {sub?["relations"]?.AsArray().Count} relations",
        { Key: "paths", Value: var paths } => paths is JsonArray { Count: > 0 } list ? $"{list.Count} paths of length {list[0]?["length"]}" : "no path",
        var other => other.Key,
    };
}
