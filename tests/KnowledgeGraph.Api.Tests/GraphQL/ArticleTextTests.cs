using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>An article reached from a tie is read without its text unless the query asks for the text.</summary>
public sealed class ArticleTextTests
{
    [Fact]
    public async Task A_ties_article_title_and_publisher_are_read_without_any_article_text()
    {
        using var server = new ApiServer(countStoreCalls: true);
        var client = server.GraphQL();

        server.CountingStore.Reset();
        var data = await client.QueryAsync("""{ actor(id: "iraq") { ties(first: 10) { nodes { article { id title publisher } } } } }""");

        var articles = data.GetProperty("actor").GetProperty("ties").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("article")).ToList();
        Assert.Equal(10, articles.Count);
        Assert.Equal(0, server.CountingStore.WholeArticleReads);
        foreach (var article in articles)
        {
            var byId = await client.QueryAsync("query($id: ID!) { article(id: $id) { title publisher } }", new { id = article.GetProperty("id").GetString() });
            Assert.Equal(byId.GetProperty("article").GetProperty("title").GetString(), article.GetProperty("title").GetString());
            Assert.Equal(byId.GetProperty("article").GetProperty("publisher").GetString(), article.GetProperty("publisher").GetString());
        }
    }

    [Fact]
    public async Task A_ties_article_still_gives_its_whole_text_when_the_query_asks_for_it()
    {
        using var server = new ApiServer(countStoreCalls: true);
        var client = server.GraphQL();

        var data = await client.QueryAsync("""{ actor(id: "iraq") { ties(first: 1) { nodes { article { id text } } } } }""");
        var article = data.GetProperty("actor").GetProperty("ties").GetProperty("nodes")[0].GetProperty("article");
        var byId = await client.QueryAsync("query($id: ID!) { article(id: $id) { text } }", new { id = article.GetProperty("id").GetString() });

        Assert.Equal(byId.GetProperty("article").GetProperty("text").GetString(), article.GetProperty("text").GetString());
        Assert.True(article.GetProperty("text").GetString()!.Length > 100);
    }
}
