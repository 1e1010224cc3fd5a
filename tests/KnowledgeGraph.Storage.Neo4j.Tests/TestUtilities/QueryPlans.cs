using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>The plan a server makes for a statement, as JSON, to pin that a statement seeks an index rather than scanning.</summary>
internal static class QueryPlans
{
    /// <summary>
    /// Sends <c>EXPLAIN</c> of <paramref name="query"/> straight to the server, so nothing runs, and returns the plan. A
    /// comment no other call sends makes the server plan the text anew for its current statistics: a cached plan would
    /// show what the statistics were when the text was first seen.
    /// </summary>
    public static async Task<string> ExplainAsync(Neo4jServerFixture server, string query, Dictionary<string, object?> parameters)
    {
        await using var client = TestClients.For(server);
        var version = (await client.GetServerInfoAsync()).Version;
        using var http = new HttpClient { BaseAddress = server.Uri };
        if (server.Password is { } password)
        {
            http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{server.User}:{password}")));
        }

        var path = version.Major == 3 ? "/db/data/transaction/commit" : "/db/neo4j/tx/commit";
        var body = new { statements = new[] { new { statement = "EXPLAIN " + query + "\n// plan " + Guid.NewGuid().ToString("N"), parameters, includeStats = false, resultDataContents = new[] { "row" } } } };
        using var response = await http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
        return json.RootElement.GetProperty("results")[0].GetProperty("plan").GetRawText();
    }
}
