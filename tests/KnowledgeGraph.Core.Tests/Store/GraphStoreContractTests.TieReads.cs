using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Ties_of_an_actor_come_in_date_order_with_undated_last_then_by_id()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var undatedB = g.Tie(TieType.Attacked, kh, us, id: "t-b");
        var late = g.Tie(TieType.Attacked, kh, us, PartialDate.OfDay(2024, 1, 28), id: "t-late");
        var undatedA = g.Tie(TieType.Attacked, kh, us, id: "t-a");
        var yearTie = g.Tie(TieType.Attacked, kh, us, PartialDate.OfYear(2023), id: "t-year");
        var monthTie = g.Tie(TieType.Attacked, kh, us, PartialDate.OfMonth(2023, 11), id: "t-month");
        await g.SeedAsync(Store);

        var ties = await TiesOf("kh");

        Assert.Equal([yearTie.Id, monthTie.Id, late.Id, undatedA.Id, undatedB.Id], ties.Select(t => t.Id));
    }

    [Fact]
    public async Task A_tie_between_two_requested_actors_appears_under_both()
    {
        var g = new GraphBuilder();
        var tie = g.Attacked(g.Faction("KH"), g.Government("US"));
        await g.SeedAsync(Store);

        var ties = await Store.GetTiesOfActorsAsync(["kh", "us"], TieFilter.None);

        Assert.Equal(tie.Id, Assert.Single(ties["kh"]).Id);
        Assert.Equal(tie.Id, Assert.Single(ties["us"]).Id);
    }

    [Fact]
    public async Task Ties_of_actors_leave_out_unknown_actors_and_list_known_ones_without_ties_as_empty()
    {
        var g = new GraphBuilder();
        g.Faction("Quiet");
        await g.SeedAsync(Store);

        var ties = await Store.GetTiesOfActorsAsync(["quiet", "unknown"], TieFilter.None);

        Assert.Empty(Assert.Single(ties, pair => pair.Key == "quiet").Value);
        Assert.False(ties.ContainsKey("unknown"));
    }

    [Fact]
    public async Task Direction_Out_keeps_ties_the_actor_is_the_source_of_and_In_those_it_is_the_target_of()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var outgoing = g.Attacked(kh, us);
        var incoming = g.Attacked(us, kh);
        await g.SeedAsync(Store);

        Assert.Equal([outgoing.Id], (await TiesOf("kh", new() { Direction = TieDirection.Out })).Select(t => t.Id));
        Assert.Equal([incoming.Id], (await TiesOf("kh", new() { Direction = TieDirection.In })).Select(t => t.Id));
    }

    [Fact]
    public async Task A_MET_WITH_tie_matches_every_direction_from_either_side()
    {
        var g = new GraphBuilder();
        var meeting = g.MetWith(g.Government("Zeta"), g.Government("Alpha"));
        await g.SeedAsync(Store);

        foreach (var actor in new[] { "alpha", "zeta" })
        {
            foreach (var direction in Enum.GetValues<TieDirection>())
            {
                Assert.Equal(meeting.Id, Assert.Single(await TiesOf(actor, new() { Direction = direction })).Id);
            }
        }
    }

    [Fact]
    public async Task Ties_of_a_merged_away_id_are_the_kept_actors_ties_under_the_id_asked_for()
    {
        var g = new GraphBuilder();
        var kept = g.Faction("Kept");
        var us = g.Government("US");
        var first = g.Attacked(kept, us);
        var second = g.Attacked(g.Faction("Gone"), us);
        await g.SeedAsync(Store);
        await Store.MergeActorsAsync("kept", "gone", "editor", "same group");

        var ties = await Store.GetTiesOfActorsAsync(["gone"], TieFilter.None);

        Assert.Equal([first.Id, second.Id], ties["gone"].Select(t => t.Id));
    }

    [Fact]
    public async Task Ties_of_articles_are_grouped_by_article_whatever_the_direction()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var shared = g.Article("shared");
        var a = g.Attacked(kh, us, article: shared);
        var b = g.Attacked(us, kh, article: shared);
        var other = g.MetWith(kh, us);
        g.Article("silent");
        await g.SeedAsync(Store);

        var ties = await Store.GetTiesOfArticlesAsync([shared, other.Article, "silent", "unknown"], new() { Direction = TieDirection.Out });

        Assert.Equal([a.Id, b.Id], ties[shared].Select(t => t.Id));
        Assert.Equal([other.Id], ties[other.Article].Select(t => t.Id));
        Assert.Empty(ties["silent"]);
        Assert.False(ties.ContainsKey("unknown"));
    }

    [Fact]
    public async Task Relations_fold_reports_of_one_source_type_and_target_together()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var shared = g.Article("shared");
        var early = g.Attacked(kh, us, PartialDate.OfMonth(2023, 10), shared);
        var late = g.Attacked(kh, us, PartialDate.OfDay(2024, 1, 28));
        var sameArticle = g.Attacked(kh, us, null, shared);
        var meeting = g.MetWith(kh, us, PartialDate.OfYear(2022));
        await g.SeedAsync(Store);

        var relations = (await Store.GetRelationsOfActorsAsync(["kh"], TieFilter.None))["kh"];

        Assert.Equal(2, relations.Count);
        var attacks = Assert.Single(relations, r => r.Type == TieType.Attacked);
        Assert.Equal(("kh", "us", 3), (attacks.Source, attacks.Target, attacks.ReportCount));
        Assert.Equal([shared, late.Article], attacks.Articles);
        Assert.Equal(PartialDate.OfMonth(2023, 10), attacks.FirstDate);
        Assert.Equal(PartialDate.OfDay(2024, 1, 28), attacks.LastDate);
        Assert.Equal([early.Id, late.Id, sameArticle.Id], attacks.TieIds.Order(StringComparer.Ordinal));
        Assert.Equal(meeting.Id, Assert.Single(Assert.Single(relations, r => r.Type == TieType.MetWith).TieIds));
    }

    [Fact]
    public async Task Relations_fold_only_the_reports_the_filter_keeps()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        g.Attacked(kh, us, PartialDate.OfYear(2019));
        var recent = g.Attacked(kh, us, PartialDate.OfDay(2024, 1, 28));
        await g.SeedAsync(Store);

        var relations = (await Store.GetRelationsOfActorsAsync(["kh"], Window(new DateOnly(2024, 1, 1), null)))["kh"];

        var relation = Assert.Single(relations);
        Assert.Equal(1, relation.ReportCount);
        Assert.Equal([recent.Id], relation.TieIds);
    }
}
