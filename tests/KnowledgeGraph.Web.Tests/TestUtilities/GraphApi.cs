using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Web.Tests.TestUtilities;

/// <summary>Asks the server's public GraphQL endpoint what the page should be showing, as any client would.</summary>
internal sealed class GraphApi(HttpClient http)
{
    public async Task<JsonElement> QueryAsync(string query, object variables)
    {
        using var response = await http.PostAsJsonAsync("graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode && !body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data");
    }

    /// <summary>The actor and relation ids of one neighbourhood, asked for as the page asks (up to 2,000 actors).</summary>
    public async Task<(SortedSet<string> Actors, SortedSet<string> Relations)> NeighbourhoodAsync(
        string[] actorIds, int depth, string? from, string? to)
    {
        var window = from is null && to is null ? null : new { from, to, includeUndated = true };
        var data = await QueryAsync(
            """
            query ($ids: [ID!]!, $depth: Int, $window: DateWindowInput) {
              neighbourhood(actorIds: $ids, depth: $depth, window: $window, maxNodes: 2000) {
                nodes { id } relations { id }
              }
            }
            """,
            new { ids = actorIds, depth, window });
        var neighbourhood = data.GetProperty("neighbourhood");
        return (Ids(neighbourhood.GetProperty("nodes")), Ids(neighbourhood.GetProperty("relations")));
    }

    /// <summary>The reports behind one relation, with their evidence, dates and articles.</summary>
    public async Task<JsonElement> RelationTiesAsync(string source, string type, string target)
    {
        var data = await QueryAsync(
            """
            query ($actor: ID!, $types: [TieType!]) {
              actor(id: $actor) {
                relations(types: $types, direction: BOTH) {
                  relation {
                    id
                    ties { id evidence date { value precision } article { id publisher publishedAt { value precision } } }
                  }
                }
              }
            }
            """,
            new { actor = source, types = new[] { type } });
        var id = $"{source}|{type}|{target}";
        return data.GetProperty("actor").GetProperty("relations").EnumerateArray()
            .Select(r => r.GetProperty("relation"))
            .Single(r => r.GetProperty("id").GetString() == id)
            .GetProperty("ties");
    }

    private static SortedSet<string> Ids(JsonElement list) =>
        new(list.EnumerateArray().Select(e => e.GetProperty("id").GetString()!), StringComparer.Ordinal);
}
