namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>Starts the API from its Release output as a child process on a loopback port, over a given SQLite file.</summary>
internal static class ApiServer
{
    public static async Task<(ChildProcess Process, string Url)> StartAsync(RepositoryLayout layout, HttpClient http, string databasePath, bool seed)
    {
        var port = ChildProcess.FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var process = ChildProcess.Start(layout.ApiExecutable, ["--urls", baseUrl], layout.ApiOutput, new Dictionary<string, string>
        {
            ["KnowledgeGraph__Storage__Sqlite__Path"] = databasePath,
            ["KnowledgeGraph__Seed__Enabled"] = seed ? "true" : "false",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
        });
        try
        {
            // Loading the 1M-tie read model takes a while; /readyz answers once the store is open.
            await process.WaitUntilReadyAsync(http, $"{baseUrl}/readyz", TimeSpan.FromMinutes(5)).ConfigureAwait(false);
        }
        catch
        {
            process.Dispose();
            throw;
        }

        return (process, $"{baseUrl}/graphql");
    }
}
