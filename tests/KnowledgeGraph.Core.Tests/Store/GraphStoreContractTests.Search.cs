using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Theory]
    [InlineData("kataib hezbollah")]
    [InlineData("KATAIB HEZBOLLAH")]
    [InlineData("Kata'ib Hezbollah")]
    [InlineData("Kataʿib Hezbollah")]
    [InlineData("Kata’ib Hezbollah")]
    [InlineData("Katāʾib Ḥezbollah")]
    [InlineData("Kataib-Hezbollah")]
    [InlineData("KataibHezbollah")]
    public async Task Search_ignores_case_diacritics_apostrophes_hyphens_and_spaces(string query)
    {
        await SeedNamesAsync();

        var match = Assert.Single((await Store.SearchActorsAsync(new ActorSearch { Text = query })).Items);

        Assert.Equal(("kataib-hezbollah", 0), (match.Actor.Id, match.Rank));
    }

    [Theory]
    [InlineData("Sudani")]
    [InlineData("al-Sudani")]
    [InlineData("el-Sudani")]
    [InlineData("Al Sudani")]
    public async Task Search_ignores_the_arabic_article(string query)
    {
        await SeedNamesAsync();

        var match = Assert.Single((await Store.SearchActorsAsync(new ActorSearch { Text = query })).Items);

        Assert.Equal("mohammed-shia-al-sudani", match.Actor.Id);
    }

    [Fact]
    public async Task Search_matches_from_the_start_of_any_word_but_not_inside_one()
    {
        await SeedNamesAsync();

        var fromWord = await Store.SearchActorsAsync(new ActorSearch { Text = "hezb" });
        var inside = await Store.SearchActorsAsync(new ActorSearch { Text = "ezbollah" });

        Assert.Equal(["hezbollah", "kataib-hezbollah"], fromWord.Items.Select(m => m.Actor.Id).Order(StringComparer.Ordinal));
        Assert.Empty(inside.Items);
    }

    [Fact]
    public async Task Search_finds_aliases_and_reports_the_spelling_that_matched()
    {
        await SeedNamesAsync();

        var match = Assert.Single((await Store.SearchActorsAsync(new ActorSearch { Text = "hizballah brig" })).Items);

        Assert.Equal(("kataib-hezbollah", "Hizballah Brigades", 1), (match.Actor.Id, match.MatchedName, match.Rank));
    }

    [Fact]
    public async Task Search_lists_each_actor_once_with_its_best_matching_name()
    {
        await Store.UpsertActorAsync(new Actor { Id = "badr", Kind = ActorKind.Faction, Name = "Badr Organization", Aliases = ["Badr", "Organization of Badr"] });

        var match = Assert.Single((await Store.SearchActorsAsync(new ActorSearch { Text = "badr" })).Items);

        Assert.Equal(("Badr", 0), (match.MatchedName, match.Rank));
    }

    [Fact]
    public async Task Search_ranks_exact_names_then_name_prefixes_then_later_words_then_by_name_and_id()
    {
        var g = new GraphBuilder();
        g.Faction("Saraya Salam");
        g.Faction("Asaib Saraya");
        g.Faction("Saraya");
        g.Faction("Saraya al-Khorasani");
        g.Faction("Ansar Saraya");
        await g.SeedAsync(Store);

        var matches = (await Store.SearchActorsAsync(new ActorSearch { Text = "saraya" })).Items;

        Assert.Equal(["saraya", "saraya-al-khorasani", "saraya-salam", "ansar-saraya", "asaib-saraya"], matches.Select(m => m.Actor.Id));
        Assert.Equal([0, 1, 1, 2, 2], matches.Select(m => m.Rank));
    }

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
    public async Task Search_for_text_without_letters_or_digits_finds_nothing()
    {
        await SeedNamesAsync();

        Assert.Empty((await Store.SearchActorsAsync(new ActorSearch { Text = "'-'" })).Items);
    }

    [Fact]
    public async Task Search_refuses_a_cursor_it_did_not_make_and_a_limit_below_one()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SearchActorsAsync(new ActorSearch { Text = "x", After = "not a cursor" }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SearchActorsAsync(new ActorSearch { Text = "x", Limit = 0 }));
    }

    private async Task SeedNamesAsync()
    {
        var g = new GraphBuilder();
        g.Faction("Kata'ib Hezbollah", "Hizballah Brigades");
        g.Faction("Hezbollah");
        g.Person("Mohammed Shia al-Sudani");
        g.Government("Ministry of Interior");
        await g.SeedAsync(Store);
    }
}
