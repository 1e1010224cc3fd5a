using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Search_in_name_order_ignores_how_well_each_name_matched_and_pages_on()
    {
        var g = new GraphBuilder();
        g.Faction("Saraya Salam");
        g.Faction("Asaib Saraya");
        g.Faction("Saraya");
        g.Faction("Saraya al-Khorasani");
        g.Faction("Ansar Saraya");
        await g.SeedAsync(Store);

        var first = await Store.SearchActorsAsync(new ActorSearch { Text = "saraya", Order = ActorSearchOrder.Name, Limit = 3 });
        var second = await Store.SearchActorsAsync(new ActorSearch { Text = "saraya", Order = ActorSearchOrder.Name, Limit = 3, After = first.Items[^1].Cursor });

        Assert.Equal(["ansar-saraya", "asaib-saraya", "saraya"], first.Items.Select(m => m.Actor.Id));
        Assert.Equal(["saraya-al-khorasani", "saraya-salam"], second.Items.Select(m => m.Actor.Id));
        Assert.Equal(5, first.TotalCount);
    }
}
