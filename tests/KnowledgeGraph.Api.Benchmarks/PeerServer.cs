using System.Diagnostics;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>
/// graphql-js 16 behind graphql-http on node's http server (node/server.mjs), over a JSON copy of the actor, ties,
/// counterparts and articles that query (a) reads, exported from our API.
/// </summary>
internal static class PeerServer
{
    public static async Task<(ChildProcess Process, string Url)> StartAsync(
        RepositoryLayout layout, HttpClient http, string apiUrl, BenchmarkQueries queries, TextWriter log)
    {
        InstallPackages(layout.NodeFolder, log);
        var (_, exported) = await GraphQLProbe.PostAsync(http, apiUrl, queries.PeerExport).ConfigureAwait(false);
        var dataFile = Path.Combine(RepositoryLayout.WorkFolder, $"peer-{queries.Graph}-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(dataFile, ToPeerData(exported["actor"]!.AsObject()).ToJsonString()).ConfigureAwait(false);
        var port = ChildProcess.FreePort();
        var process = ChildProcess.Start("node", [Path.Combine(layout.NodeFolder, "server.mjs"), dataFile, $"{port}"], layout.NodeFolder,
            new Dictionary<string, string> { ["NODE_ENV"] = "production" });
        var url = $"http://127.0.0.1:{port}/graphql";
        try
        {
            await process.WaitUntilReadyAsync(http, $"{url}?query=%7B__typename%7D", TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch
        {
            process.Dispose();
            throw;
        }
        finally
        {
            // The server reads the file once, before it listens.
            File.Delete(dataFile);
        }

        return (process, url);
    }

    private static void InstallPackages(string folder, TextWriter log)
    {
        if (Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            return;
        }

        log.WriteLine($"npm ci in {folder}");
        using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = folder })
            ?? throw new InvalidOperationException("Could not start npm.");
        npm.WaitForExit();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {folder} failed with {npm.ExitCode}.");
        }
    }

    // The peer's data: actors, articles and ties by id, and the actor's tie ids in the API's order (date, then id).
    private static JsonObject ToPeerData(JsonObject actor)
    {
        var actors = new Dictionary<string, JsonNode?> { [Id(actor)] = Row(actor, "id", "kind", "name") };
        var articles = new Dictionary<string, JsonNode?>();
        var ties = new JsonArray();
        var order = new JsonArray();
        foreach (var tie in actor["ties"]!["nodes"]!.AsArray().Select(t => t!.AsObject()))
        {
            foreach (var end in new[] { "source", "target" })
            {
                actors.TryAdd(Id(tie[end]!), Row(tie[end]!.AsObject(), "id", "kind", "name"));
            }

            articles.TryAdd(Id(tie["article"]!), Row(tie["article"]!.AsObject(), "id", "title", "publisher"));
            var row = Row(tie, "id", "type", "date", "evidence");
            row["sourceId"] = Id(tie["source"]!);
            row["targetId"] = Id(tie["target"]!);
            row["articleId"] = Id(tie["article"]!);
            ties.Add(row);
            order.Add(Id(tie));
        }

        return new JsonObject
        {
            ["actors"] = new JsonArray([.. actors.Values]),
            ["articles"] = new JsonArray([.. articles.Values]),
            ["ties"] = ties,
            ["tiesOfActor"] = new JsonObject { [Id(actor)] = order },
        };
    }

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static JsonObject Row(JsonObject source, params string[] fields)
    {
        var row = new JsonObject();
        foreach (var field in fields)
        {
            row[field] = source[field]?.DeepClone();
        }

        return row;
    }

    /// <summary>Whether two answers are the same JSON value: same members in the same order, same values.</summary>
    public static bool SameJson(byte[] ours, byte[] theirs) =>
        JsonNode.Parse(ours)!.ToJsonString() == JsonNode.Parse(theirs)!.ToJsonString();
}
