using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Rows_read_before_a_write_are_read_as_written_after_it()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var gone = g.Faction("Gone");
        var us = g.Government("US");
        var tie = g.Attacked(kh, us, PartialDate.OfDay(2023, 11, 1));
        var moved = g.Attacked(gone, us, PartialDate.OfDay(2023, 11, 2));
        await g.SeedAsync(Store);
        var retracted = new TieFilter { IncludeRetracted = true };
        await Store.GetTiePagesOfActorsAsync([kh.Id, us.Id], retracted, new TiePageRequest());
        await Store.GetTiesOfActorsAsync([kh.Id, us.Id], retracted);
        await Store.GetActorsAsync([kh.Id, us.Id]);
        await Store.GetArticleMetadataAsync([tie.Article]);

        await Store.RetractTieAsync(tie.Id, "misread", "editor");
        await Store.MergeActorsAsync(kh.Id, gone.Id, "editor", "same group");
        await Store.UpsertActorAsync((await ActorAsync(us.Id)) with { Name = "United States" });

        var page = (await Store.GetTiePagesOfActorsAsync([us.Id], retracted, new TiePageRequest()))[us.Id];
        Assert.NotNull(Assert.Single(page.Ties, t => t.Id == tie.Id).Retraction);
        Assert.Equal(kh.Id, Assert.Single(page.Ties, t => t.Id == moved.Id).Source);
        Assert.NotNull(Assert.Single((await Store.GetTiesOfActorsAsync([kh.Id], retracted))[kh.Id], t => t.Id == tie.Id).Retraction);
        Assert.Equal("United States", (await Store.GetActorsAsync([us.Id]))[us.Id].Name);
    }
}
