using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Streams_list_actors_articles_and_ties_in_id_order()
    {
        var g = new GraphBuilder();
        var zulu = g.Faction("Zulu");
        var alpha = g.Faction("Alpha");
        var mike = g.Government("Mike");
        g.Tie(TieType.Attacked, zulu, alpha, id: "t-c", article: g.Article("article-b"));
        g.Tie(TieType.Attacked, mike, alpha, id: "t-a", article: g.Article("article-c"));
        g.Tie(TieType.MetWith, mike, zulu, id: "t-b", article: g.Article("article-a"));
        await g.SeedAsync(Store);

        Assert.Equal(["alpha", "mike", "zulu"], (await ListAsync(Store.StreamActorsAsync())).Select(a => a.Id));
        Assert.Equal(["article-a", "article-b", "article-c"], (await ListAsync(Store.StreamArticlesAsync())).Select(a => a.Id));
        Assert.Equal(["t-a", "t-b", "t-c"], (await ListAsync(Store.StreamTiesAsync(TieFilter.None))).Select(t => t.Id));
    }

    [Fact]
    public async Task StreamTies_applies_the_filter_but_not_its_direction()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var attack = g.Attacked(kh, us, PartialDate.OfDay(2024, 1, 28));
        g.MetWith(kh, us, PartialDate.OfDay(2024, 1, 29));
        var withdrawn = g.Attacked(us, kh, PartialDate.OfDay(2024, 1, 30));
        g.Attacked(us, kh);
        await g.SeedAsync(Store);
        await Store.RetractTieAsync(withdrawn.Id, "misread", "editor");

        var live = await ListAsync(Store.StreamTiesAsync(new TieFilter { Types = [TieType.Attacked], Window = new DateWindow(new DateOnly(2024, 1, 1), null), Direction = TieDirection.In }));
        var all = await ListAsync(Store.StreamTiesAsync(new TieFilter { IncludeRetracted = true }));

        Assert.Equal([attack.Id], live.Select(t => t.Id));
        Assert.Equal(4, all.Count);
    }

    [Fact]
    public async Task Counts_give_live_actors_by_kind_live_ties_by_type_articles_retracted_undated_and_the_dates_covered()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var badr = g.Faction("Badr");
        var us = g.Government("US");
        var leader = g.Person("Leader");
        g.Attacked(kh, us, PartialDate.OfMonth(2023, 11));
        g.Leads(leader, kh, PartialDate.OfYear(2024));
        g.MetWith(kh, badr);
        var withdrawn = g.Attacked(badr, us, PartialDate.OfDay(2010, 1, 1));
        await g.SeedAsync(Store);
        await Store.RetractTieAsync(withdrawn.Id, "misread", "editor");

        var counts = await Store.GetCountsAsync();

        Assert.Equal(2, counts.ActorsByKind[ActorKind.Faction]);
        Assert.Equal(1, counts.ActorsByKind[ActorKind.Person]);
        Assert.Equal(1, counts.ActorsByKind[ActorKind.Government]);
        Assert.Equal(1, counts.TiesByType[TieType.Attacked]);
        Assert.Equal(1, counts.TiesByType[TieType.Leads]);
        Assert.Equal(1, counts.TiesByType[TieType.MetWith]);
        Assert.Equal(0, counts.TiesByType[TieType.AffiliatedWith]);
        Assert.Equal(4, counts.Articles);
        Assert.Equal(1, counts.RetractedTies);
        Assert.Equal(1, counts.UndatedTies);
        Assert.Equal(new DateOnly(2023, 11, 1), counts.EarliestDate);
        Assert.Equal(new DateOnly(2024, 12, 31), counts.LatestDate);
    }

    [Fact]
    public async Task Counts_of_an_empty_store_are_zero_with_no_dates()
    {
        var counts = await Store.GetCountsAsync();

        Assert.All(counts.ActorsByKind.Values, count => Assert.Equal(0, count));
        Assert.All(counts.TiesByType.Values, count => Assert.Equal(0, count));
        Assert.Equal(0, counts.Articles);
        Assert.Null(counts.EarliestDate);
        Assert.Null(counts.LatestDate);
    }
}
