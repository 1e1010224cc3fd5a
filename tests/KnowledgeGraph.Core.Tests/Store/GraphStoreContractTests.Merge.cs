using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Merge_moves_the_merged_actors_ties_to_the_kept_actor()
    {
        var g = new GraphBuilder();
        var kept = g.Faction("Kataib Hezbollah");
        var merged = g.Faction("KH Brigades");
        var us = g.Government("US");
        var own = g.Attacked(kept, us);
        var moved = g.Attacked(merged, us);
        var incoming = g.Attacked(us, merged);
        await g.SeedAsync(Store);

        await Store.MergeActorsAsync(kept.Id, merged.Id, "editor", "one group");

        Assert.Equal([own.Id, moved.Id, incoming.Id], (await TiesOf(kept.Id)).Select(t => t.Id));
        Assert.Equal(kept.Id, (await TieAsync(moved.Id)).Source);
        Assert.Equal(kept.Id, (await TieAsync(incoming.Id)).Target);
        Assert.Equal(3, (await TiesOf(us.Id)).Count);
    }

    [Fact]
    public async Task Merge_unites_the_aliases_including_the_merged_actors_name()
    {
        var g = new GraphBuilder();
        g.Faction("Kataib Hezbollah", "KH");
        g.Faction("Hezbollah Brigades", "KH", "Brigades of the Party of God");
        await g.SeedAsync(Store);

        await Store.MergeActorsAsync("kataib-hezbollah", "hezbollah-brigades", "editor", "one group");

        var kept = await ActorAsync("kataib-hezbollah");
        Assert.Equal("Kataib Hezbollah", kept.Name);
        Assert.Equal(["Brigades of the Party of God", "Hezbollah Brigades", "KH", "Kataib Hezbollah"], kept.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal("kataib-hezbollah", Assert.Single((await Store.SearchActorsAsync(new ActorSearch { Text = "party of god" })).Items).Actor.Id);
    }

    [Fact]
    public async Task A_merged_away_id_resolves_to_the_kept_actor_and_is_no_longer_listed()
    {
        var g = new GraphBuilder();
        g.Faction("Kept");
        g.Faction("Gone");
        await g.SeedAsync(Store);

        await Store.MergeActorsAsync("kept", "gone", "editor", "same group");

        Assert.Equal("kept", (await ActorAsync("gone")).Id);
        Assert.Equal(["kept"], (await ListAsync(Store.StreamActorsAsync())).Select(a => a.Id));
        Assert.Equal(1, (await Store.GetCountsAsync()).ActorsByKind[ActorKind.Faction]);
        Assert.Equal(["kept"], (await Store.SearchActorsAsync(new ActorSearch { Text = "gone" })).Items.Select(m => m.Actor.Id));
    }

    [Fact]
    public async Task Merge_chains_resolve_to_the_last_kept_actor()
    {
        var g = new GraphBuilder();
        g.Faction("First");
        g.Faction("Second");
        g.Faction("Third");
        await g.SeedAsync(Store);

        await Store.MergeActorsAsync("second", "first", "editor", "same group");
        await Store.MergeActorsAsync("third", "second", "editor", "same group");

        var actors = await Store.GetActorsAsync(["first", "second", "third"]);
        Assert.All(actors.Values, actor => Assert.Equal("third", actor.Id));
        Assert.Contains("First", actors["first"].Aliases);
    }

    [Fact]
    public async Task Merge_records_who_merged_what_into_what_when_and_why()
    {
        var g = new GraphBuilder();
        g.Person("Abu Mahdi al-Muhandis");
        g.Person("Jamal Jaafar al-Ibrahimi");
        await g.SeedAsync(Store);
        Clock.Advance(TimeSpan.FromMinutes(5));

        var record = await Store.MergeActorsAsync("abu-mahdi-al-muhandis", "jamal-jaafar-al-ibrahimi", "editor", "nom de guerre of the same man");

        var expected = new MergeRecord("abu-mahdi-al-muhandis", "jamal-jaafar-al-ibrahimi", "editor", Start.AddMinutes(5), "nom de guerre of the same man");
        Assert.Equal(expected, record);
        Assert.Equal([expected], await ListAsync(Store.StreamMergesAsync()));
    }

    [Fact]
    public async Task Merge_retracts_ties_that_would_link_the_kept_actor_to_itself_saying_why()
    {
        var g = new GraphBuilder();
        var kept = g.Faction("Kept");
        var merged = g.Faction("Gone");
        var between = g.AffiliatedWith(merged, kept);
        var other = g.Attacked(merged, g.Government("US"));
        await g.SeedAsync(Store);
        Clock.Advance(TimeSpan.FromHours(1));

        await Store.MergeActorsAsync(kept.Id, merged.Id, "editor", "same group");

        var selfTie = await TieAsync(between.Id);
        Assert.Equal((kept.Id, kept.Id), (selfTie.Source, selfTie.Target));
        Assert.Equal(("editor", Start.AddHours(1)), (selfTie.Retraction!.By, selfTie.Retraction.At));
        Assert.Contains("itself", selfTie.Retraction.Reason, StringComparison.Ordinal);
        Assert.Equal([other.Id], (await TiesOf(kept.Id)).Select(t => t.Id));
    }

    [Fact]
    public async Task Merge_retracts_moved_ties_that_repeat_a_report_the_kept_actor_has()
    {
        await Store.UpsertActorAsync(new Actor { Id = "kh", Kind = ActorKind.Faction, Name = "KH" });
        await Store.UpsertActorAsync(new Actor { Id = "kh-alias", Kind = ActorKind.Faction, Name = "Kataib Hezbollah" });
        await Store.UpsertActorAsync(new Actor { Id = "us", Kind = ActorKind.Government, Name = "US" });
        await Store.AddArticleAsync(ArticleWith("a-1", AttackText));
        var original = await Store.AddTieAsync(Report("t-1", TieType.Attacked, "kh", "us", "a-1", "attacked Ain al-Asad base"));
        var repeat = await Store.AddTieAsync(Report("t-2", TieType.Attacked, "kh-alias", "us", "a-1", "attacked Ain al-Asad base"));

        await Store.MergeActorsAsync("kh", "kh-alias", "editor", "same group");

        var retracted = await TieAsync(repeat.Id);
        Assert.Contains(original.Id, retracted.Retraction!.Reason, StringComparison.Ordinal);
        Assert.Equal([original.Id], (await TiesOf("kh")).Select(t => t.Id));
    }

    [Fact]
    public async Task Merge_puts_moved_MET_WITH_ties_back_in_id_order()
    {
        var g = new GraphBuilder();
        var kept = g.Faction("Zulu");
        var merged = g.Faction("Bravo");
        var middle = g.Faction("Mike");
        var meeting = g.MetWith(merged, middle);
        await g.SeedAsync(Store);

        await Store.MergeActorsAsync(kept.Id, merged.Id, "editor", "same group");

        var moved = await TieAsync(meeting.Id);
        Assert.Equal(("mike", "zulu"), (moved.Source, moved.Target));
    }

    [Fact]
    public async Task Merge_of_actors_of_different_kinds_is_refused_as_KIND_MISMATCH()
    {
        var g = new GraphBuilder();
        g.Faction("Badr");
        g.Person("Hadi al-Amiri");
        await g.SeedAsync(Store);

        var violations = await Refused(() => Store.MergeActorsAsync("badr", "hadi-al-amiri", "editor", "confused"));

        AssertHas(violations, ViolationCodes.KindMismatch, "$.merge.merged");
        Assert.Equal("hadi-al-amiri", (await ActorAsync("hadi-al-amiri")).Id);
        Assert.Empty(await ListAsync(Store.StreamMergesAsync()));
    }

    [Fact]
    public async Task Merge_of_an_actor_into_itself_is_refused()
    {
        var g = new GraphBuilder();
        g.Faction("Badr");
        await g.SeedAsync(Store);

        AssertHas(await Refused(() => Store.MergeActorsAsync("badr", "badr", "editor", "oops")), ViolationCodes.Invalid, "$.merge.merged");
    }

    [Fact]
    public async Task Merge_with_unknown_actors_is_refused_naming_each()
    {
        var violations = await Refused(() => Store.MergeActorsAsync("nobody", "nothing", "editor", "oops"));

        AssertHas(violations, ViolationCodes.UnknownActor, "$.merge.kept");
        AssertHas(violations, ViolationCodes.UnknownActor, "$.merge.merged");
    }

    [Fact]
    public async Task Merge_of_an_id_merged_away_before_is_refused_as_ACTOR_MERGED()
    {
        var g = new GraphBuilder();
        g.Faction("Kept");
        g.Faction("Gone");
        g.Faction("Third");
        await g.SeedAsync(Store);
        await Store.MergeActorsAsync("kept", "gone", "editor", "same group");

        AssertHas(await Refused(() => Store.MergeActorsAsync("third", "gone", "editor", "again")), ViolationCodes.ActorMerged, "$.merge.merged");
    }

    [Fact]
    public async Task Merge_needs_an_author_and_a_reason_and_changes_nothing_without_them()
    {
        var g = new GraphBuilder();
        g.Faction("Kept");
        g.Faction("Gone");
        await g.SeedAsync(Store);

        var violations = await Refused(() => Store.MergeActorsAsync("kept", "gone", "", " "));

        AssertHas(violations, ViolationCodes.Required, "$.merge.by");
        AssertHas(violations, ViolationCodes.Required, "$.merge.reason");
        Assert.Equal("gone", (await ActorAsync("gone")).Id);
    }
}
