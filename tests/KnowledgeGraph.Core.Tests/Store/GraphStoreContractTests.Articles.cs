using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task AddArticle_stores_an_article_and_adding_it_again_is_a_no_op()
    {
        var article = new Article
        {
            Id = "reuters-2023-11-04", Title = "Drone attack on base", Publisher = "Reuters", Url = "https://example.org/a",
            PublishedAt = PartialDate.OfDay(2023, 11, 4), Note = "title translated", Text = "Drones struck the base.",
        };

        await Store.AddArticleAsync(article);
        var again = await Store.AddArticleAsync(article);

        Assert.Equal(article, again);
        Assert.Equal(article, (await Store.GetArticlesAsync([article.Id]))[article.Id]);
        Assert.Equal(1, (await Store.GetCountsAsync()).Articles);
    }

    [Fact]
    public async Task AddArticle_with_a_stored_id_and_other_content_is_a_CONFLICT()
    {
        await Store.AddArticleAsync(ArticleWith("a-1", "First text."));

        var violations = await Refused(() => Store.AddArticleAsync(ArticleWith("a-1", "Second text.")));

        AssertHas(violations, ViolationCodes.Conflict, "$.article.id");
        Assert.Equal("First text.", (await Store.GetArticlesAsync(["a-1"]))["a-1"].Text);
    }

    [Fact]
    public async Task AddArticle_refuses_a_bad_id_and_missing_text()
    {
        var violations = await Refused(() => Store.AddArticleAsync(ArticleWith("Bad Id", "")));

        AssertHas(violations, ViolationCodes.InvalidId, "$.article.id");
        AssertHas(violations, ViolationCodes.Required, "$.article.text");
        Assert.Equal(0, (await Store.GetCountsAsync()).Articles);
    }

    [Fact]
    public async Task GetArticles_leaves_out_unknown_ids()
    {
        await Store.AddArticleAsync(ArticleWith("a-1", "Text."));

        var articles = await Store.GetArticlesAsync(["a-1", "a-2"]);

        Assert.Equal(["a-1"], articles.Keys);
    }

    [Fact]
    public async Task ListArticles_pages_in_id_order_with_the_total_count()
    {
        foreach (var id in new[] { "c", "a", "e", "b", "d" })
        {
            await Store.AddArticleAsync(ArticleWith(id, $"Text {id}."));
        }

        var first = await Store.ListArticlesAsync(null, 2);
        var second = await Store.ListArticlesAsync(first.Items[^1].Id, 2);
        var last = await Store.ListArticlesAsync(second.Items[^1].Id, 2);

        Assert.Equal(["a", "b"], first.Items.Select(a => a.Id));
        Assert.Equal(["c", "d"], second.Items.Select(a => a.Id));
        Assert.Equal(["e"], last.Items.Select(a => a.Id));
        Assert.True(first.HasMore && second.HasMore);
        Assert.False(last.HasMore);
        Assert.All([first, second, last], page => Assert.Equal(5, page.TotalCount));
    }

    [Fact]
    public async Task ListArticles_refuses_a_limit_below_one()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListArticlesAsync(null, 0));
    }
}
