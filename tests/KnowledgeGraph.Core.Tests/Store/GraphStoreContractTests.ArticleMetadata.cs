using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Article_metadata_holds_every_field_of_the_article_but_its_text()
    {
        var full = new Article
        {
            Id = "reuters-2023-11-04", Title = "Drone attack on base", Publisher = "Reuters", Url = "https://example.org/a",
            PublishedAt = PartialDate.OfMonth(2023, 11), Note = "title translated", Text = new string('x', 20_000),
        };
        var bare = new Article { Id = "untitled", Text = "No title, no outlet." };
        await Store.AddArticleAsync(full);
        await Store.AddArticleAsync(bare);

        var metadata = await Store.GetArticleMetadataAsync([full.Id, bare.Id, full.Id]);

        Assert.Equal(2, metadata.Count);
        Assert.Equal(ArticleMetadata.Of(full), metadata[full.Id]);
        Assert.Equal(ArticleMetadata.Of(bare), metadata[bare.Id]);
    }

    [Fact]
    public async Task Article_metadata_leaves_out_unknown_ids()
    {
        await Store.AddArticleAsync(new Article { Id = "known", Title = "Known", Text = "Text." });

        var metadata = await Store.GetArticleMetadataAsync(["known", "unknown"]);

        Assert.Equal(["known"], metadata.Keys);
    }
}
