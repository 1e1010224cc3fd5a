using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL.Resolvers;

public sealed class ArticlePagerTests
{
    private const string Page = """
        query($first: Int, $after: String) {
          articles(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor } } }
        """;

    [Fact]
    public async Task A_page_of_no_articles_says_whether_any_follow()
    {
        using var server = new ApiServer();
        var client = server.GraphQL();
        var all = (await client.QueryAsync(Page, new { first = 100 })).GetProperty("articles").GetProperty("edges");

        var none = (await client.QueryAsync(Page, new { first = 0 })).GetProperty("articles");
        var noneAtTheEnd = (await client.QueryAsync(Page, new { first = 0, after = all[all.GetArrayLength() - 1].GetProperty("cursor").GetString() }))
            .GetProperty("articles");

        Assert.Equal(0, none.GetProperty("edges").GetArrayLength());
        Assert.Equal(all.GetArrayLength(), none.GetProperty("totalCount").GetInt32());
        Assert.True(none.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(0, noneAtTheEnd.GetProperty("edges").GetArrayLength());
        Assert.False(noneAtTheEnd.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(noneAtTheEnd.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }
}
