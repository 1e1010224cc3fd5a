using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task A_month_precision_tie_passes_a_window_lying_inside_that_month()
    {
        var g = new GraphBuilder();
        var tie = g.Attacked(g.Faction("KH"), g.Government("US"), PartialDate.OfMonth(2023, 11));
        await g.SeedAsync(Store);

        var ties = await TiesOf("kh", Window(new DateOnly(2023, 11, 10), new DateOnly(2023, 11, 12)));

        Assert.Equal(tie.Id, Assert.Single(ties).Id);
    }

    [Fact]
    public async Task A_window_keeps_ties_whose_interval_touches_it_and_leaves_out_the_rest()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var endsOnFirstDay = g.Attacked(kh, us, PartialDate.OfMonth(2023, 10));
        g.Attacked(kh, us, PartialDate.OfDay(2023, 9, 30));
        var startsOnLastDay = g.Attacked(kh, us, PartialDate.OfDay(2023, 12, 31));
        g.Attacked(kh, us, PartialDate.OfDay(2024, 1, 1));
        var yearAround = g.Attacked(kh, us, PartialDate.OfYear(2023));
        await g.SeedAsync(Store);

        var ties = await TiesOf("kh", Window(new DateOnly(2023, 10, 31), new DateOnly(2023, 12, 31)));

        Assert.Equal([endsOnFirstDay.Id, startsOnLastDay.Id, yearAround.Id], ties.Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_open_ended_window_bounds_one_side_only()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        g.Attacked(kh, us, PartialDate.OfYear(2019));
        var recent = g.Attacked(kh, us, PartialDate.OfDay(2024, 1, 28));
        await g.SeedAsync(Store);

        Assert.Equal([recent.Id], (await TiesOf("kh", Window(new DateOnly(2020, 1, 1), null))).Select(t => t.Id));
    }

    [Fact]
    public async Task Undated_ties_are_left_out_of_windowed_reads_unless_asked_for()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var dated = g.Attacked(kh, us, PartialDate.OfDay(2024, 1, 28));
        var undated = g.Attacked(kh, us);
        await g.SeedAsync(Store);

        var window = (From: new DateOnly(2024, 1, 1), To: new DateOnly(2024, 12, 31));
        Assert.Equal([dated.Id], (await TiesOf("kh", Window(window.From, window.To))).Select(t => t.Id));
        Assert.Equal([dated.Id, undated.Id], (await TiesOf("kh", Window(window.From, window.To, includeUndated: true))).Select(t => t.Id));
        Assert.Equal(2, (await TiesOf("kh")).Count);
    }

    [Fact]
    public async Task Retracted_ties_are_left_out_of_reads_unless_asked_for()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var live = g.Attacked(kh, us);
        var withdrawn = g.Attacked(kh, us);
        await g.SeedAsync(Store);
        await Store.RetractTieAsync(withdrawn.Id, "misread", "editor");

        Assert.Equal([live.Id], (await TiesOf("kh")).Select(t => t.Id));
        Assert.Equal([live.Id, withdrawn.Id], (await TiesOf("kh", new() { IncludeRetracted = true })).Select(t => t.Id));
        Assert.Equal([live.Id], (await Store.GetTiesOfArticlesAsync([live.Article, withdrawn.Article], TieFilter.None)).Values.SelectMany(t => t).Select(t => t.Id));
    }

    [Fact]
    public async Task A_type_filter_keeps_only_ties_of_those_types()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var attack = g.Attacked(kh, us);
        var meeting = g.MetWith(kh, us);
        g.AffiliatedWith(kh, us);
        await g.SeedAsync(Store);

        var ties = await TiesOf("kh", new() { Types = [TieType.Attacked, TieType.MetWith] });

        Assert.Equal([attack.Id, meeting.Id], ties.Select(t => t.Id));
    }

    [Fact]
    public async Task An_article_filter_keeps_only_ties_those_articles_reported()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var reported = g.Attacked(kh, us);
        g.Attacked(kh, us);
        await g.SeedAsync(Store);

        var ties = await TiesOf("kh", new() { Articles = [reported.Article, "unknown-article"] });

        Assert.Equal(reported.Id, Assert.Single(ties).Id);
    }
}
