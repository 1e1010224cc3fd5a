using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Paging_forward_with_first_and_after_walks_the_whole_list_in_its_order()
    {
        var (kh, ids) = await SeedTiesSharingDaysAsync();

        var walked = new List<string>();
        var page = await TiePageOf(kh, new() { First = 2 });
        Assert.False(page.HasPreviousPage);
        while (true)
        {
            Assert.Equal(ids.Count, page.TotalCount);
            Assert.True(page.Ties.Count <= 2);
            walked.AddRange(page.Ties.Select(t => t.Id));
            Assert.Equal(walked.Count < ids.Count, page.HasNextPage);
            if (!page.HasNextPage)
            {
                break;
            }

            page = await TiePageOf(kh, new() { First = 2, After = walked[^1] });
            Assert.True(page.HasPreviousPage);
        }

        Assert.Equal(ids, walked);
    }

    [Fact]
    public async Task Every_first_page_of_a_hub_actor_is_the_start_of_its_whole_list()
    {
        var g = new GraphBuilder();
        var hub = g.Faction("Hub");
        var other = g.Government("Other");
        PartialDate[] dates = [PartialDate.OfDay(2023, 11, 5), PartialDate.Unknown, PartialDate.OfMonth(2023, 11), PartialDate.OfYear(2022), PartialDate.OfDay(2023, 10, 30)];
        for (var i = 0; i < 60; i++)
        {
            g.Tie(TieType.Attacked, hub, other, dates[i * 7 % dates.Length], id: $"t-{i * 37 % 60:D2}");
        }

        await g.SeedAsync(Store);
        var ids = (await TiesOf(hub.Id)).Select(t => t.Id).ToList();

        for (var first = 1; first <= ids.Count; first++)
        {
            var page = await TiePageOf(hub, new() { First = first });
            Assert.Equal(ids[..first], page.Ties.Select(t => t.Id));
            Assert.Equal(first < ids.Count, page.HasNextPage);
        }
    }

    [Fact]
    public async Task A_page_read_before_ties_are_added_moved_in_or_retracted_holds_them_in_order_after()
    {
        var g = new GraphBuilder();
        var hub = g.Faction("Hub");
        var gone = g.Faction("Gone");
        var other = g.Government("Other");
        var third = g.Government("Third");
        var day = PartialDate.OfDay(2023, 11, 5);
        var t20 = g.Tie(TieType.Attacked, hub, other, day, id: "t-20");
        g.Tie(TieType.Attacked, hub, other, day, id: "t-40");
        g.Tie(TieType.Attacked, hub, other, PartialDate.OfDay(2023, 12, 1), id: "t-10");
        g.Tie(TieType.Attacked, gone, other, day, id: "t-30");
        g.Tie(TieType.Attacked, gone, other, PartialDate.OfDay(2023, 1, 1), id: "t-50");
        await g.SeedAsync(Store);
        Assert.Equal(["t-20", "t-40"], (await TiePageOf(hub, new() { First = 2 })).Ties.Select(t => t.Id));

        await Store.AddTieAsync(t20 with { Id = "t-25", Target = third.Id });
        await Store.MergeActorsAsync(hub.Id, gone.Id, "editor", "same group");

        string[] expected = ["t-50", "t-20", "t-25", "t-30", "t-40", "t-10"];
        Assert.Equal(expected, (await TiePageOf(hub, new())).Ties.Select(t => t.Id));
        Assert.Equal(expected, (await TiesOf(hub.Id)).Select(t => t.Id));
        Assert.Equal(["t-25", "t-30"], (await TiePageOf(hub, new() { First = 2, After = "t-20" })).Ties.Select(t => t.Id));
        Assert.Equal(["t-25"], (await TiePageOf(third, new())).Ties.Select(t => t.Id));

        await Store.RetractTieAsync("t-25", "misread", "editor");
        var live = await TiePageOf(hub, new() { First = 3 });
        Assert.Equal(["t-50", "t-20", "t-30"], live.Ties.Select(t => t.Id));
        Assert.Equal(5, live.TotalCount);
        Assert.Equal(0, (await TiePageOf(third, new())).TotalCount);
    }

    [Fact]
    public async Task Paging_backward_with_last_and_before_walks_the_whole_list_in_its_order()
    {
        var (kh, ids) = await SeedTiesSharingDaysAsync();

        var walked = new List<string>();
        var page = await TiePageOf(kh, new() { Last = 3 });
        Assert.False(page.HasNextPage);
        while (true)
        {
            walked.InsertRange(0, page.Ties.Select(t => t.Id));
            Assert.Equal(walked.Count < ids.Count, page.HasPreviousPage);
            if (!page.HasPreviousPage)
            {
                break;
            }

            page = await TiePageOf(kh, new() { Last = 3, Before = walked[0] });
            Assert.True(page.HasNextPage);
        }

        Assert.Equal(ids, walked);
    }

    [Fact]
    public async Task A_page_between_two_cursors_holds_the_ties_strictly_between_them()
    {
        var (kh, ids) = await SeedTiesSharingDaysAsync();

        var page = await TiePageOf(kh, new() { After = ids[1], Before = ids[5] });

        Assert.Equal(ids[2..5], page.Ties.Select(t => t.Id));
        Assert.True(page.HasPreviousPage);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task A_page_of_none_still_counts_the_list_and_says_more_follow()
    {
        var (kh, ids) = await SeedTiesSharingDaysAsync();

        var page = await TiePageOf(kh, new() { First = 0 });

        Assert.Empty(page.Ties);
        Assert.Equal(ids.Count, page.TotalCount);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task The_total_count_is_that_of_the_filtered_list_and_the_page_its_first_ties()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var iran = g.Government("Iran");
        for (var day = 1; day <= 6; day++)
        {
            g.Attacked(kh, us, PartialDate.OfDay(2023, 11, day));
            g.Attacked(us, kh, PartialDate.OfDay(2023, 11, day));
            g.AffiliatedWith(kh, iran, PartialDate.OfDay(2023, 12, day));
        }

        g.MetWith(iran, kh);
        await g.SeedAsync(Store);
        var filters = new TieFilter[]
        {
            new() { Types = [TieType.Attacked] },
            new() { Direction = TieDirection.Out },
            new() { Direction = TieDirection.In, Types = [TieType.Attacked, TieType.MetWith] },
            new() { Window = new DateWindow(new DateOnly(2023, 11, 3), new DateOnly(2023, 12, 2), IncludeUndated: false) },
        };

        foreach (var filter in filters)
        {
            var all = await TiesOf(kh.Id, filter);
            var page = (await Store.GetTiePagesOfActorsAsync([kh.Id], filter, new TiePageRequest { First = 4 }))[kh.Id];

            Assert.Equal(all.Count, page.TotalCount);
            Assert.Equal(all.Take(4).Select(t => t.Id), page.Ties.Select(t => t.Id));
            Assert.Equal(all.Count > 4, page.HasNextPage);
        }
    }

    [Fact]
    public async Task A_cursor_naming_a_tie_outside_the_filtered_list_is_reported_missing()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var iran = g.Government("Iran");
        g.Attacked(kh, us, PartialDate.OfDay(2023, 11, 1));
        var elsewhere = g.Attacked(us, iran, PartialDate.OfDay(2023, 11, 2));
        var retracted = g.Attacked(kh, us, PartialDate.OfDay(2023, 11, 3));
        await g.SeedAsync(Store);
        await Store.RetractTieAsync(retracted.Id, "misread", "editor");

        foreach (var cursor in new[] { elsewhere.Id, retracted.Id, "no-such-tie" })
        {
            var after = await TiePageOf(kh, new() { First = 5, After = cursor });
            var before = await TiePageOf(kh, new() { Last = 5, Before = cursor });

            Assert.Equal("after", after.MissingCursor);
            Assert.Equal("before", before.MissingCursor);
            Assert.Empty(after.Ties);
            Assert.Equal(1, after.TotalCount);
        }
    }

    [Fact]
    public async Task Pages_of_several_actors_come_from_one_call_keyed_as_asked_and_unknown_actors_are_left_out()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var gone = g.Faction("Gone");
        var quiet = g.Faction("Quiet");
        var shared = g.Attacked(kh, us, PartialDate.OfDay(2023, 11, 1));
        var moved = g.Attacked(gone, us, PartialDate.OfDay(2023, 10, 1));
        await g.SeedAsync(Store);
        await Store.MergeActorsAsync(kh.Id, gone.Id, "editor", "same group");

        var pages = await Store.GetTiePagesOfActorsAsync([kh.Id, us.Id, gone.Id, quiet.Id, "unknown"], TieFilter.None, new TiePageRequest { First = 1 });

        Assert.Equal([moved.Id], pages[kh.Id].Ties.Select(t => t.Id));
        Assert.Equal(2, pages[kh.Id].TotalCount);
        Assert.Equal([moved.Id], pages[gone.Id].Ties.Select(t => t.Id));
        Assert.Equal([moved.Id], pages[us.Id].Ties.Select(t => t.Id));
        Assert.Equal(shared.Id, (await TiePageOf(us, new() { After = moved.Id })).Ties.Single().Id);
        Assert.Empty(pages[quiet.Id].Ties);
        Assert.Equal(0, pages[quiet.Id].TotalCount);
        Assert.False(pages.ContainsKey("unknown"));
    }

    private async Task<TiePage> TiePageOf(Actor actor, TiePageRequest request) =>
        (await Store.GetTiePagesOfActorsAsync([actor.Id], TieFilter.None, request))[actor.Id];

    // Runs of ties on the same first day (and undated ones) whose ids are not in insertion order, so a store has to
    // order by id within a day, not by when rows were written.
    private async Task<(Actor Actor, List<string> Ids)> SeedTiesSharingDaysAsync()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        var day = PartialDate.OfDay(2023, 11, 5);
        foreach (var (id, date) in new[]
                 {
                     ("t-09", day), ("t-03", PartialDate.Unknown), ("t-07", day), ("t-01", PartialDate.OfMonth(2023, 11)),
                     ("t-05", day), ("t-11", PartialDate.Unknown), ("t-02", PartialDate.OfYear(2023)), ("t-08", PartialDate.OfDay(2023, 11, 1)),
                     ("t-04", PartialDate.Unknown), ("t-06", PartialDate.OfDay(2024, 2, 1)),
                 })
        {
            g.Tie(TieType.Attacked, kh, us, date, id: id);
        }

        await g.SeedAsync(Store);
        return (kh, (await TiesOf(kh.Id)).Select(t => t.Id).ToList());
    }
}
