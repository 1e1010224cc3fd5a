using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Search_keeps_only_the_kinds_asked_for()
    {
        await SeedNamesAsync();

        var people = await Store.SearchActorsAsync(new ActorSearch { Text = "m", Kinds = [ActorKind.Person] });

        Assert.Equal(["mohammed-shia-al-sudani"], people.Items.Select(m => m.Actor.Id));
    }

    [Fact]
    public async Task Search_keeps_only_actors_with_live_ties_of_the_types_asked_for()
    {
        var g = new GraphBuilder();
        var attacker = g.Faction("Saraya Attackers");
        var meeter = g.Faction("Saraya Meeters");
        var withdrawn = g.Faction("Saraya Withdrawn");
        var us = g.Government("US");
        g.Attacked(attacker, us);
        g.MetWith(meeter, us);
        var retracted = g.Attacked(withdrawn, us);
        await g.SeedAsync(Store);
        await Store.RetractTieAsync(retracted.Id, "wrong group", "editor");

        var found = await Store.SearchActorsAsync(new ActorSearch { Text = "saraya", HasTieTypes = [TieType.Attacked] });

        Assert.Equal([attacker.Id], found.Items.Select(m => m.Actor.Id));
    }

    [Fact]
    public async Task Search_keeps_only_actors_active_in_the_window_asked_for()
    {
        var g = new GraphBuilder();
        var recent = g.Faction("Saraya Recent");
        var old = g.Faction("Saraya Old");
        var undated = g.Faction("Saraya Undated");
        var us = g.Government("US");
        g.Attacked(recent, us, PartialDate.OfMonth(2024, 1));
        g.Attacked(old, us, PartialDate.OfYear(2015));
        g.Attacked(undated, us);
        await g.SeedAsync(Store);

        var active = await Store.SearchActorsAsync(new ActorSearch { Text = "saraya", ActiveIn = new DateWindow(new DateOnly(2024, 1, 15), null) });
        var withUndated = await Store.SearchActorsAsync(new ActorSearch { Text = "saraya", ActiveIn = new DateWindow(new DateOnly(2024, 1, 15), null, IncludeUndated: true) });

        Assert.Equal([recent.Id], active.Items.Select(m => m.Actor.Id));
        Assert.Equal([recent.Id, undated.Id], withUndated.Items.Select(m => m.Actor.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_with_both_activity_filters_wants_one_tie_that_passes_both()
    {
        var g = new GraphBuilder();
        var split = g.Faction("Saraya Split");
        var both = g.Faction("Saraya Both");
        var us = g.Government("US");
        g.Attacked(split, us, PartialDate.OfYear(2015));
        g.MetWith(split, us, PartialDate.OfYear(2024));
        g.Attacked(both, us, PartialDate.OfYear(2024));
        await g.SeedAsync(Store);

        var found = await Store.SearchActorsAsync(new ActorSearch
        {
            Text = "saraya", HasTieTypes = [TieType.Attacked], ActiveIn = new DateWindow(new DateOnly(2024, 1, 1), null),
        });

        Assert.Equal([both.Id], found.Items.Select(m => m.Actor.Id));
    }

    [Fact]
    public async Task Search_pages_with_cursors_without_repeating_or_skipping_any_actor()
    {
        var g = new GraphBuilder();
        for (var i = 0; i < 23; i++)
        {
            g.Faction($"Liwa {(char)('a' + (i % 7))} {i:D2}");
        }

        g.Faction("Liwa");
        g.Faction("Ansar Liwa");
        await g.SeedAsync(Store);

        var seen = new List<string>();
        var pages = 0;
        string? after = null;
        Page<ActorMatch> page;
        do
        {
            page = await Store.SearchActorsAsync(new ActorSearch { Text = "liwa", Limit = 4, After = after });
            Assert.Equal(25, page.TotalCount);
            seen.AddRange(page.Items.Select(m => m.Actor.Id));
            after = page.Items.Count > 0 ? page.Items[^1].Cursor : after;
            pages++;
        }
        while (page.HasMore);

        var all = await Store.SearchActorsAsync(new ActorSearch { Text = "liwa", Limit = 100 });
        Assert.Equal(7, pages);
        Assert.Equal(all.Items.Select(m => m.Actor.Id), seen);
        Assert.Equal(25, seen.Distinct().Count());
    }

    [Fact]
    public async Task Search_with_blank_text_lists_every_actor_by_name()
    {
        await SeedNamesAsync();

        var all = await Store.SearchActorsAsync(new ActorSearch { Text = "  ", Kinds = [ActorKind.Faction] });

        Assert.Equal(["hezbollah", "kataib-hezbollah"], all.Items.Select(m => m.Actor.Id));
        Assert.Equal(2, all.TotalCount);
    }

    [Fact]
    public async Task Search_refuses_a_cursor_it_did_not_make_and_a_limit_below_one()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SearchActorsAsync(new ActorSearch { Text = "x", After = "not a cursor" }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SearchActorsAsync(new ActorSearch { Text = "x", Limit = 0 }));
    }
}
