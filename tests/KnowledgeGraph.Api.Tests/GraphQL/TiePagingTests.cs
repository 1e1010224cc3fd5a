using System.Text.Json;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>An actor's ties page in the store; over HTTP the pages must still walk the whole date-ordered list.</summary>
public sealed class TiePagingTests
{
    private const string TiesPage = """
        query($first: Int, $after: String, $last: Int, $before: String) { actor(id: "iraq") {
          timeline { id }
          ties(first: $first, after: $after, last: $last, before: $before) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } } }
        """;

    [Fact]
    public async Task Pages_walked_forward_and_backward_visit_the_actors_ties_in_timeline_order()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var timeline = (await client.QueryAsync(TiesPage, new { first = 1 })).GetProperty("actor").GetProperty("timeline")
            .EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();

        var forward = new List<string?>();
        string? after = null;
        JsonElement ties;
        do
        {
            ties = await TiesAsync(client, new { first = 7, after });
            Assert.Equal(timeline.Count, ties.GetProperty("totalCount").GetInt32());
            Assert.Equal(after is not null, ties.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            forward.AddRange(ties.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
            after = ties.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (ties.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var backward = new List<string?>();
        string? before = null;
        do
        {
            ties = await TiesAsync(client, new { last = 7, before });
            Assert.Equal(before is not null, ties.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            backward.InsertRange(0, ties.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
            before = ties.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }
        while (ties.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        Assert.True(timeline.Count > 14);
        Assert.Equal(timeline, forward);
        Assert.Equal(timeline, backward);
    }

    [Fact]
    public async Task A_cursor_whose_tie_the_filter_leaves_out_is_refused_as_stale()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var first = (await client.QueryAsync("""{ actor(id: "iraq") { ties(first: 1) { pageInfo { endCursor } nodes { type } } } }""")).GetProperty("actor").GetProperty("ties");
        var type = first.GetProperty("nodes")[0].GetProperty("type").GetString();
        var otherTypes = new[] { "LEADS", "AFFILIATED_WITH", "MET_WITH", "ATTACKED" }.Where(t => t != type);

        var response = await client.PostAsync(
            $$"""query($after: String) { actor(id: "iraq") { ties(types: [{{string.Join(", ", otherTypes)}}], after: $after) { totalCount } } }""",
            new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        Assert.Contains("Argument \"after\" is a cursor of a tie that is not in this list", response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", response.FirstError.GetProperty("extensions").GetProperty("code").GetString());
    }

    private static async Task<JsonElement> TiesAsync(GraphQLClient client, object variables) =>
        (await client.QueryAsync(TiesPage, variables)).GetProperty("actor").GetProperty("ties");
}
