using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Model;

public sealed class ArticleMetadataTests
{
    [Fact]
    public void An_article_split_into_metadata_and_text_joins_back_to_an_equal_article()
    {
        var article = new Article
        {
            Id = "memri-1", Title = "Title", Publisher = "MEMRI", Url = "https://example.org/1",
            PublishedAt = PartialDate.OfDay(2023, 11, 20), Note = "date from the dateline", Text = "The whole text.",
        };

        Assert.Equal(article, ArticleMetadata.Of(article).WithText(article.Text));
    }
}
