using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Upsert_creates_an_actor_that_reads_back_whole()
    {
        var actor = new Actor
        {
            Id = "kataib-hezbollah", Kind = ActorKind.Faction, Name = "Kata'ib Hezbollah",
            Aliases = ["Kata'ib Hezbollah", "Kataib Hizballah"], Description = "Iraqi armed group", Wikidata = "Q1744428",
        };

        var stored = await Store.UpsertActorAsync(actor);

        Assert.Equal(actor.Aliases, stored.Aliases);
        AssertSameActor(actor, await ActorAsync("kataib-hezbollah"));
    }

    [Fact]
    public async Task Upsert_adds_the_display_name_to_the_aliases_when_it_is_missing()
    {
        await Store.UpsertActorAsync(new Actor { Id = "asaib", Kind = ActorKind.Faction, Name = "Asa'ib Ahl al-Haq", Aliases = ["AAH"] });

        var read = await ActorAsync("asaib");

        Assert.Contains("Asa'ib Ahl al-Haq", read.Aliases);
        Assert.Contains("AAH", read.Aliases);
    }

    [Fact]
    public async Task Upsert_keeps_each_spelling_once_comparing_exactly()
    {
        await Store.UpsertActorAsync(new Actor { Id = "badr", Kind = ActorKind.Faction, Name = "Badr", Aliases = ["Badr", "badr", "Badr Organization", "Badr"] });

        var read = await ActorAsync("badr");

        Assert.Equal(3, read.Aliases.Count);
        Assert.Equal(["Badr", "Badr Organization", "badr"], read.Aliases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Upsert_of_a_known_id_replaces_kind_name_aliases_description_and_wikidata()
    {
        await Store.UpsertActorAsync(new Actor { Id = "pmf", Kind = ActorKind.Faction, Name = "PMF", Aliases = ["Hashd"], Description = "old" });

        await Store.UpsertActorAsync(new Actor { Id = "pmf", Kind = ActorKind.Government, Name = "Popular Mobilization Forces", Aliases = ["al-Hashd al-Shaabi"], Wikidata = "Q17149028" });

        var read = await ActorAsync("pmf");
        Assert.Equal(ActorKind.Government, read.Kind);
        Assert.Equal("Popular Mobilization Forces", read.Name);
        Assert.Equal(["Popular Mobilization Forces", "al-Hashd al-Shaabi"], read.Aliases.Order(StringComparer.Ordinal));
        Assert.Null(read.Description);
        Assert.Equal("Q17149028", read.Wikidata);
    }

    [Fact]
    public async Task Upsert_of_an_invalid_actor_lists_every_problem_under_actor_and_writes_nothing()
    {
        var violations = await Refused(() => Store.UpsertActorAsync(new Actor { Id = "Not A Slug", Kind = ActorKind.Person, Name = " ", Aliases = ["ok", "'"], Wikidata = "42" }));

        AssertHas(violations, ViolationCodes.InvalidId, "$.actor.id");
        AssertHas(violations, ViolationCodes.Required, "$.actor.name");
        AssertHas(violations, ViolationCodes.Invalid, "$.actor.aliases[1]");
        AssertHas(violations, ViolationCodes.Invalid, "$.actor.wikidata");
        Assert.Empty(await ListAsync(Store.StreamActorsAsync()));
    }

    [Fact]
    public async Task Upsert_of_a_merged_away_id_is_refused_as_ACTOR_MERGED()
    {
        var g = new GraphBuilder();
        g.Faction("Kept");
        g.Faction("Gone");
        await g.SeedAsync(Store);
        await Store.MergeActorsAsync("kept", "gone", "editor", "same group");

        var violations = await Refused(() => Store.UpsertActorAsync(new Actor { Id = "gone", Kind = ActorKind.Faction, Name = "Gone again" }));

        AssertHas(violations, ViolationCodes.ActorMerged, "$.actor.id");
        Assert.Equal("Kept", (await ActorAsync("gone")).Name);
    }

    [Fact]
    public async Task Upsert_refuses_to_turn_a_leader_into_a_non_person_and_changes_nothing()
    {
        var g = new GraphBuilder();
        var leader = g.Person("Abu Fadak");
        g.Leads(leader, g.Faction("Kataib Hezbollah"));
        await g.SeedAsync(Store);

        var violations = await Refused(() => Store.UpsertActorAsync(leader with { Kind = ActorKind.Faction, Name = "Renamed" }));

        AssertHas(violations, ViolationCodes.LeadsFromNonPerson, "$.actor.kind");
        var read = await ActorAsync(leader.Id);
        Assert.Equal(ActorKind.Person, read.Kind);
        Assert.Equal("Abu Fadak", read.Name);
    }

    [Fact]
    public async Task AddAlias_adds_a_spelling_once_and_search_finds_it()
    {
        await Store.UpsertActorAsync(new Actor { Id = "nujaba", Kind = ActorKind.Faction, Name = "Harakat al-Nujaba" });

        await Store.AddAliasAsync("nujaba", "Nujaba Movement");
        var again = await Store.AddAliasAsync("nujaba", "Nujaba Movement");

        Assert.Equal(1, again.Aliases.Count(a => a == "Nujaba Movement"));
        Assert.Equal(again.Aliases, (await ActorAsync("nujaba")).Aliases);
        var found = await Store.SearchActorsAsync(new ActorSearch { Text = "movement" });
        Assert.Equal("Nujaba Movement", Assert.Single(found.Items).MatchedName);
    }

    [Fact]
    public async Task AddAlias_to_an_unknown_actor_is_refused_as_UNKNOWN_ACTOR()
    {
        var violations = await Refused(() => Store.AddAliasAsync("nobody", "Someone"));

        AssertHas(violations, ViolationCodes.UnknownActor, "$.actor.id");
    }

    [Fact]
    public async Task AddAlias_refuses_a_blank_alias_and_one_without_letters_or_digits()
    {
        await Store.UpsertActorAsync(new Actor { Id = "badr", Kind = ActorKind.Faction, Name = "Badr" });

        AssertHas(await Refused(() => Store.AddAliasAsync("badr", "  ")), ViolationCodes.Required, "$.alias");
        AssertHas(await Refused(() => Store.AddAliasAsync("badr", "'-'")), ViolationCodes.Invalid, "$.alias");
        Assert.Equal(["Badr"], (await ActorAsync("badr")).Aliases);
    }

    [Fact]
    public async Task AddAlias_through_a_merged_away_id_writes_to_the_kept_actor()
    {
        var g = new GraphBuilder();
        g.Faction("Kept");
        g.Faction("Gone");
        await g.SeedAsync(Store);
        await Store.MergeActorsAsync("kept", "gone", "editor", "same group");

        var changed = await Store.AddAliasAsync("gone", "Third Spelling");

        Assert.Equal("kept", changed.Id);
        Assert.Contains("Third Spelling", (await ActorAsync("kept")).Aliases);
    }

    [Fact]
    public async Task RemoveAlias_removes_a_spelling_and_search_no_longer_finds_it()
    {
        await Store.UpsertActorAsync(new Actor { Id = "badr", Kind = ActorKind.Faction, Name = "Badr", Aliases = ["Badr Brigades"] });

        var changed = await Store.RemoveAliasAsync("badr", "Badr Brigades");

        Assert.Equal(["Badr"], changed.Aliases);
        Assert.Equal(["Badr"], (await ActorAsync("badr")).Aliases);
        Assert.Empty((await Store.SearchActorsAsync(new ActorSearch { Text = "brigades" })).Items);
    }

    [Fact]
    public async Task RemoveAlias_refuses_to_remove_the_display_name()
    {
        await Store.UpsertActorAsync(new Actor { Id = "badr", Kind = ActorKind.Faction, Name = "Badr", Aliases = ["Badr Brigades"] });

        var violations = await Refused(() => Store.RemoveAliasAsync("badr", "Badr"));

        AssertHas(violations, ViolationCodes.Invalid, "$.alias");
        Assert.Contains("Badr", (await ActorAsync("badr")).Aliases);
    }

    [Fact]
    public async Task RemoveAlias_of_a_spelling_the_actor_lacks_changes_nothing()
    {
        await Store.UpsertActorAsync(new Actor { Id = "badr", Kind = ActorKind.Faction, Name = "Badr", Aliases = ["Badr Brigades"] });

        var unchanged = await Store.RemoveAliasAsync("badr", "Badr Corps");

        Assert.Equal(["Badr", "Badr Brigades"], unchanged.Aliases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetActors_keys_results_by_the_id_asked_for_and_leaves_out_unknown_ids()
    {
        var g = new GraphBuilder();
        g.Faction("Kept");
        g.Faction("Gone");
        g.Faction("Other");
        await g.SeedAsync(Store);
        await Store.MergeActorsAsync("kept", "gone", "editor", "same group");

        var actors = await Store.GetActorsAsync(["kept", "gone", "other", "unknown"]);

        Assert.Equal(["gone", "kept", "other"], actors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("kept", actors["gone"].Id);
    }
}
