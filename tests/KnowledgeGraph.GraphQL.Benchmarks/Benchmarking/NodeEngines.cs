using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;

/// <summary>
/// Runs node/bench.js, which measures graphql-js and graphql-jit on the same schema, data and workloads
/// in one node process. The first run installs the pinned packages (<c>npm ci</c>) when node_modules is missing.
/// </summary>
internal static class NodeEngines
{
    /// <summary>The name of the workload the node side adds: graphql-js's own introspection query, as GraphiQL sends it.</summary>
    public const string IntrospectionWorkload = "GraphiQL introspection query";

    public static string Directory { get; } = FindNodeDirectory();

    /// <summary>The node side's answer: the introspection query it used, per-engine measurements with a sample result, and its parse+validate time.</summary>
    public static async Task<JsonNode> MeasureAsync(string sdl, string dataJson, IReadOnlyList<Workload> workloads, BenchOptions options)
    {
        if (!File.Exists(Path.Combine(Directory, "node_modules", "graphql-jit", "package.json")))
        {
            await RunAsync("npm", "ci --no-audit --no-fund", input: null).ConfigureAwait(false);
        }

        var request = new JsonObject
        {
            ["sdl"] = sdl,
            ["data"] = dataJson,
            ["workloads"] = new JsonArray([.. workloads.Select(w => new JsonObject
            {
                ["name"] = w.Name,
                ["query"] = w.Query,
                ["variables"] = JsonSerializer.SerializeToNode(w.Variables),
            })]),
            ["introspectionWorkload"] = IntrospectionWorkload,
            ["warmupMs"] = options.WarmupMs,
            ["batchMs"] = options.BatchMs,
            ["batches"] = options.Batches,
        };
        return JsonNode.Parse(await RunAsync("node", "bench.js", request.ToJsonString()).ConfigureAwait(false))!;
    }

    private static async Task<string> RunAsync(string fileName, string arguments, string? input)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input).ConfigureAwait(false);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync().ConfigureAwait(false);
        return process.ExitCode == 0
            ? await output.ConfigureAwait(false)
            : throw new InvalidOperationException($"{fileName} {arguments} exited with {process.ExitCode}:\n{await error.ConfigureAwait(false)}");
    }

    private static string FindNodeDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(directory.FullName, "node"), Path.Combine(directory.FullName, "tests", "KnowledgeGraph.GraphQL.Benchmarks", "node") })
            {
                if (File.Exists(Path.Combine(candidate, "bench.js")))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException($"No node/bench.js above {AppContext.BaseDirectory}.");
    }
}
