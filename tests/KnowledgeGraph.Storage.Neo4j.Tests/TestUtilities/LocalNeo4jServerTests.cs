using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>The test server itself: it must start side by side with others and leave nothing behind.</summary>
public sealed class LocalNeo4jServerTests
{
    [Fact]
    public async Task Servers_started_side_by_side_keep_apart_and_leave_nothing_behind()
    {
        var servers = await Task.WhenAll(
            LocalNeo4jServer.StartAsync(authenticationEnabled: false, CancellationToken.None),
            LocalNeo4jServer.StartAsync(authenticationEnabled: false, CancellationToken.None));
        var (first, second) = (servers[0], servers[1]);
        try
        {
            Assert.Equal(4, new[] { first.HttpUri.Port, first.BoltPort, second.HttpUri.Port, second.BoltPort }.Distinct().Count());
            Assert.NotEqual(first.Directory, second.Directory);
            Assert.NotEmpty(ProcessesUsing(first.Directory));

            await CypherAsync(first, "CREATE (:IsolationProbe {server: 'first'})");
            var seenBySecond = await CypherAsync(second, "MATCH (p:IsolationProbe) RETURN count(p)");
            var version = await CypherAsync(first, "CALL dbms.components() YIELD versions RETURN versions[0]");

            Assert.Equal(0, seenBySecond.GetInt32());
            Assert.Equal(Neo4jDistribution.Version, version.GetString());
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }

        Assert.All(servers, server => Assert.False(Directory.Exists(server.Directory)));
        Assert.All(servers, server => Assert.Empty(ProcessesUsing(server.Directory)));
        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(first.HttpUri));
    }

    /// <summary>Runs one statement with a plain HTTP client, so these tests do not depend on the client under test.</summary>
    private static async Task<JsonElement> CypherAsync(LocalNeo4jServer server, string statement)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(
            new Uri(server.HttpUri, "db/data/transaction/commit"), new { statements = new[] { new { statement } } });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, body.GetProperty("errors").GetArrayLength());
        var rows = body.GetProperty("results")[0].GetProperty("data");
        return rows.GetArrayLength() == 0 ? default : rows[0].GetProperty("row")[0];
    }

    private static List<int> ProcessesUsing(string directory) =>
        [.. Process.GetProcesses()
            .Where(process => ReadCommandLine(process.Id).Contains(directory, StringComparison.Ordinal))
            .Select(process => process.Id)];

    private static string ReadCommandLine(int processId)
    {
        try
        {
            return File.ReadAllText($"/proc/{processId}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
