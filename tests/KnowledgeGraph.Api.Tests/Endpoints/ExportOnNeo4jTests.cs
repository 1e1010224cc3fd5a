using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.TestUtilities;
using KnowledgeGraph.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Endpoints;

/// <summary>
/// <c>GET /export?format=json</c> from a service on Neo4j and from one on SQLite, both seeded at start and given the
/// same retraction: the same document, the times of export and retraction aside. Both stores take part in either run of the suite.
/// </summary>
public sealed class ExportOnNeo4jTests
{
    [Fact]
    public async Task The_json_export_is_the_same_graph_on_neo4j_as_on_sqlite()
    {
        var onSqlite = Credentials.Settings();
        onSqlite["KnowledgeGraph:Storage:Provider"] = "Sqlite";
        var onNeo4j = Credentials.Settings();
        ApiTestStorage.UseNeo4j(onNeo4j, namedDatabase: null);

        var fromSqlite = await ExportAfterRetractingAsync(onSqlite);
        var fromNeo4j = await ExportAfterRetractingAsync(onNeo4j);

        Assert.True(fromSqlite["ties"]!.AsArray().Count > 100);
        Assert.Equal(fromSqlite.ToJsonString(), fromNeo4j.ToJsonString());
    }

    private static async Task<JsonObject> ExportAfterRetractingAsync(Dictionary<string, string?> settings)
    {
        using var server = new ApiServer(settings);
        await server.Services.GetRequiredService<IGraphStore>().RetractTieAsync("a000-001", "checking the export", "test");
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Credentials.ReaderKey);
        using var response = await client.GetAsync(new Uri("/export?format=json", UriKind.Relative));
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(response.IsSuccessStatusCode, document.ToJsonString());
        document["meta"]!.AsObject().Remove("exportedAt");
        var retracted = Assert.Single(document["ties"]!.AsArray(), tie => (string?)tie!["id"] == "a000-001")!;
        Assert.True(retracted["retraction"]!.AsObject().Remove("at"));
        return document;
    }
}
