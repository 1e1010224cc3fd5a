using System.Text.Json;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class PaginationTests
{
    private const string ActorsPage = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          actors(orderBy: NAME, first: $first, after: $after, last: $last, before: $before) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }
        """;

    [Fact]
    public async Task Walking_forward_visits_every_actor_once()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await client.QueryAsync(ActorsPage, new { first = 7, after })).GetProperty("actors");
            total = page.GetProperty("totalCount").GetInt32();
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task A_backward_page_ends_just_before_its_cursor()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var first = (await client.QueryAsync(ActorsPage, new { first = 12 })).GetProperty("actors");
        var edges = first.GetProperty("edges").EnumerateArray().ToArray();

        var back = (await client.QueryAsync(ActorsPage, new { last = 5, before = edges[10].GetProperty("cursor").GetString() })).GetProperty("actors");

        var ids = back.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToArray();
        Assert.Equal(edges[5..10].Select(e => e.GetProperty("node").GetProperty("id").GetString()), ids);
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_forward_page_stops_just_before_its_before_cursor()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var edges = (await client.QueryAsync(ActorsPage, new { first = 12 })).GetProperty("actors").GetProperty("edges").EnumerateArray().ToArray();

        var page = (await client.QueryAsync(ActorsPage, new { first = 20, after = edges[1].GetProperty("cursor").GetString(), before = edges[5].GetProperty("cursor").GetString() }))
            .GetProperty("actors");

        var ids = page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToArray();
        Assert.Equal(edges[2..5].Select(e => e.GetProperty("node").GetProperty("id").GetString()), ids);
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task The_last_page_is_the_end_of_the_list_and_walking_back_from_it_visits_every_actor_once()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var all = (await client.QueryAsync(ActorsPage, new { first = 100 })).GetProperty("actors").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();

        var seen = new List<string>();
        string? before = null;
        JsonElement info;
        do
        {
            var page = (await client.QueryAsync(ActorsPage, new { last = 9, before })).GetProperty("actors");
            info = page.GetProperty("pageInfo");
            seen.InsertRange(0, page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            Assert.Equal(before is not null, info.GetProperty("hasNextPage").GetBoolean());
            before = info.GetProperty("startCursor").GetString();
        }
        while (info.GetProperty("hasPreviousPage").GetBoolean());

        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task A_page_of_no_edges_still_says_whether_actors_come_before_or_after_it()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();

        var none = (await client.QueryAsync(ActorsPage, new { first = 0 })).GetProperty("actors");
        var noneFromEnd = (await client.QueryAsync(ActorsPage, new { last = 0 })).GetProperty("actors");

        Assert.Equal(0, none.GetProperty("edges").GetArrayLength());
        Assert.True(none.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(0, noneFromEnd.GetProperty("edges").GetArrayLength());
        Assert.True(noneFromEnd.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(none.GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task An_actors_ties_page_in_date_order_with_exact_page_info()
    {
        using var server = new ApiServer();
        const string query = """
            query($after: String) { actor(id: "mohammed-shia-al-sudani") {
              ties(first: 3, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id date { value } } } } }
            """;
        var client = server.GraphQL();

        var first = (await client.QueryAsync(query, new { after = (string?)null })).GetProperty("actor").GetProperty("ties");
        var second = (await client.QueryAsync(query, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("actor").GetProperty("ties");

        Assert.True(first.GetProperty("totalCount").GetInt32() > 3);
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var ids = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray()).Select(n => n.GetProperty("id").GetString()).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("{ actors(first: 101) { totalCount } }", "must be between 0 and 100")]
    [InlineData("{ actors(first: 2, last: 2) { totalCount } }", "not both")]
    [InlineData("""{ actors(after: "not-a-cursor") { totalCount } }""", "is not a cursor")]
    public async Task Bad_paging_arguments_are_refused_with_the_reason(string query, string reason)
    {
        using var server = new ApiServer();

        var response = await server.GraphQL().PostAsync(query);

        Assert.Contains(reason, response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", response.FirstError.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Search_results_page_in_rank_order()
    {
        using var server = new ApiServer();

        var data = await server.GraphQL().QueryAsync("""{ actors(filter: { search: "al", kinds: [PERSON] }, first: 100) { totalCount nodes { kind } } }""");

        Assert.All(data.GetProperty("actors").GetProperty("nodes").EnumerateArray(), n => Assert.Equal("PERSON", n.GetProperty("kind").GetString()));
        Assert.Equal(JsonValueKind.Number, data.GetProperty("actors").GetProperty("totalCount").ValueKind);
    }
}
