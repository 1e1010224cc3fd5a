using System.Text.Json;
using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL.Paging;

/// <summary>A cursor belongs to the list that issued it: given to any other list it is refused, naming the argument.</summary>
public sealed class CursorTests
{
    [Fact]
    public async Task An_article_cursor_given_to_the_actor_list_is_refused_naming_the_argument()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var cursor = await FirstCursorAsync(client, "{ articles(first: 1) { edges { cursor } } }", "articles");

        var response = await client.PostAsync("query($after: String) { actors(after: $after) { totalCount } }", new { after = cursor });

        AssertRefused(response, "Argument \"after\" is a cursor from another list (articles)");
    }

    [Fact]
    public async Task A_tie_cursor_given_to_the_article_list_is_refused_instead_of_read_as_an_article_id()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var cursor = (await client.QueryAsync("""{ actor(id: "kataib-hezbollah") { ties(first: 1) { edges { cursor } } } }"""))
            .GetProperty("actor").GetProperty("ties").GetProperty("edges")[0].GetProperty("cursor").GetString();

        var response = await client.PostAsync("query($before: String) { articles(before: $before) { totalCount } }", new { before = cursor });

        AssertRefused(response, "Argument \"before\" is a cursor from another list (ties)");
    }

    [Fact]
    public async Task A_cursor_of_a_search_by_relevance_is_refused_by_the_same_search_ordered_by_name()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var cursor = await FirstCursorAsync(client, """{ actors(first: 1, filter: { search: "hezbollah" }) { edges { cursor } } }""", "actors");

        var response = await client.PostAsync(
            """query($after: String) { actors(after: $after, orderBy: NAME, filter: { search: "hezbollah" }) { totalCount } }""", new { after = cursor });

        AssertRefused(response, "Argument \"after\" is a cursor from another list (actors by relevance)");
    }

    [Fact]
    public async Task A_listing_cursor_keeps_working_in_a_search_ordered_by_name()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var cursor = await FirstCursorAsync(client, "{ actors(first: 1) { edges { cursor } } }", "actors");

        var data = await client.QueryAsync("""query($after: String) { actors(after: $after, orderBy: NAME, filter: { search: "al" }) { totalCount } }""", new { after = cursor });

        Assert.True(data.GetProperty("actors").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task A_forged_actor_cursor_the_store_cannot_read_is_refused_naming_the_argument()
    {
        using var server = new ApiServer();

        var response = await server.GraphQL().PostAsync(
            "query($before: String) { actors(before: $before) { totalCount } }", new { before = Cursor.Encode(Cursor.ActorsByName, "no key of the store") });

        AssertRefused(response, "Argument \"before\" is not a cursor this API issued.");
    }

    [Fact]
    public async Task A_tie_cursor_from_another_actor_is_refused_naming_the_argument()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var cursor = (await client.QueryAsync("""{ actor(id: "kataib-hezbollah") { ties(first: 1) { edges { cursor } } } }"""))
            .GetProperty("actor").GetProperty("ties").GetProperty("edges")[0].GetProperty("cursor").GetString();

        var response = await client.PostAsync("""query($after: String) { actor(id: "houthis") { ties(after: $after) { totalCount } } }""", new { after = cursor });

        AssertRefused(response, "Argument \"after\" is a cursor of a tie that is not in this list");
    }

    [Fact]
    public async Task A_tie_cursor_of_another_article_is_refused_naming_the_argument()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var articles = (await client.QueryAsync("{ articles(first: 2) { nodes { id ties(first: 1) { edges { cursor } } } } }")).GetProperty("articles").GetProperty("nodes");
        var cursor = articles[0].GetProperty("ties").GetProperty("edges")[0].GetProperty("cursor").GetString();

        var response = await client.PostAsync(
            "query($id: ID!, $before: String) { article(id: $id) { ties(before: $before) { totalCount } } }",
            new { id = articles[1].GetProperty("id").GetString(), before = cursor });

        AssertRefused(response, "Argument \"before\" is a cursor of a tie that is not in this list");
    }

    private static async Task<string> FirstCursorAsync(GraphQLClient client, string query, string field) =>
        (await client.QueryAsync(query)).GetProperty(field).GetProperty("edges")[0].GetProperty("cursor").GetString()!;

    private static void AssertRefused(GraphQLResponse response, string message)
    {
        Assert.StartsWith(message, response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", response.FirstError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Array, response.FirstError.GetProperty("path").ValueKind);
    }
}
