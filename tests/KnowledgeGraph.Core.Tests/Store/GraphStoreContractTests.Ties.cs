using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    private const string AttackText = "On Saturday, Kataib Hezbollah fighters attacked Ain al-Asad base with drones. Officials met later.";

    [Fact]
    public async Task AddTie_stores_a_report_that_reads_back_whole()
    {
        await SeedTwoFactionsAndAnArticleAsync();
        var tie = Report("t-1", TieType.Attacked, "kh", "us", "a-1", "Kataib Hezbollah fighters attacked Ain al-Asad base", PartialDate.OfMonth(2023, 11))
            with { Location = "Ain al-Asad base", Note = "drones" };

        var stored = await Store.AddTieAsync(tie);

        Assert.Equal(tie, stored);
        Assert.Equal(tie, await TieAsync("t-1"));
    }

    [Fact]
    public async Task AddTie_of_a_report_already_stored_under_another_id_returns_the_stored_one()
    {
        await SeedTwoFactionsAndAnArticleAsync();
        var first = await Store.AddTieAsync(Report("t-1", TieType.Attacked, "kh", "us", "a-1", "attacked Ain al-Asad base"));

        var again = await Store.AddTieAsync(Report("t-2", TieType.Attacked, "kh", "us", "a-1", "attacked Ain al-Asad base") with { Note = "second entry" });

        Assert.Equal(first, again);
        Assert.Empty(await Store.GetTiesByIdAsync(["t-2"]));
        Assert.Single(await TiesOf("kh"));
    }

    [Fact]
    public async Task AddTie_again_with_the_same_id_and_report_is_a_no_op()
    {
        await SeedTwoFactionsAndAnArticleAsync();
        var tie = Report("t-1", TieType.Attacked, "kh", "us", "a-1", "attacked Ain al-Asad base");
        await Store.AddTieAsync(tie);

        var again = await Store.AddTieAsync(tie);

        Assert.Equal(tie, again);
        Assert.Single(await TiesOf("kh"));
    }

    [Fact]
    public async Task AddTie_with_a_stored_id_and_other_content_is_a_CONFLICT()
    {
        await SeedTwoFactionsAndAnArticleAsync();
        await Store.AddTieAsync(Report("t-1", TieType.Attacked, "kh", "us", "a-1", "attacked Ain al-Asad base"));

        var violations = await Refused(() => Store.AddTieAsync(Report("t-1", TieType.Attacked, "kh", "us", "a-1", "Officials met later")));

        AssertHas(violations, ViolationCodes.Conflict, "$.tie.id");
        Assert.Equal("attacked Ain al-Asad base", (await TieAsync("t-1")).Evidence);
    }

    [Fact]
    public async Task AddTie_stores_a_MET_WITH_report_with_its_ends_in_id_order()
    {
        await SeedTwoFactionsAndAnArticleAsync();

        var stored = await Store.AddTieAsync(Report("t-1", TieType.MetWith, "us", "kh", "a-1", "Officials met later"));

        Assert.Equal(("kh", "us"), (stored.Source, stored.Target));
        Assert.Equal(("kh", "us"), ((await TieAsync("t-1")).Source, (await TieAsync("t-1")).Target));
    }

    [Fact]
    public async Task AddTie_of_a_meeting_reported_from_the_other_side_returns_the_stored_report()
    {
        await SeedTwoFactionsAndAnArticleAsync();
        var first = await Store.AddTieAsync(Report("t-1", TieType.MetWith, "kh", "us", "a-1", "Officials met later"));

        var mirrored = await Store.AddTieAsync(Report("t-2", TieType.MetWith, "us", "kh", "a-1", "Officials met later"));

        Assert.Equal(first, mirrored);
        Assert.Single(await TiesOf("us"));
    }

    [Fact]
    public async Task AddTie_refuses_evidence_that_is_not_in_the_article()
    {
        await SeedTwoFactionsAndAnArticleAsync();

        var violations = await Refused(() => Store.AddTieAsync(Report("t-1", TieType.Attacked, "kh", "us", "a-1", "attacked the embassy")));

        AssertHas(violations, ViolationCodes.EvidenceNotInArticle, "$.tie.evidence");
        Assert.Empty(await TiesOf("kh"));
    }

    [Fact]
    public async Task AddTie_refuses_unknown_ends_and_article_reporting_each()
    {
        var violations = await Refused(() => Store.AddTieAsync(Report("t-1", TieType.Attacked, "nobody", "nothing", "no-article", "words")));

        AssertHas(violations, ViolationCodes.UnknownActor, "$.tie.source");
        AssertHas(violations, ViolationCodes.UnknownActor, "$.tie.target");
        AssertHas(violations, ViolationCodes.UnknownArticle, "$.tie.article");
    }

    [Fact]
    public async Task AddTie_refuses_a_tie_from_an_actor_to_itself_even_through_a_merged_id()
    {
        await SeedTwoFactionsAndAnArticleAsync();
        await Store.UpsertActorAsync(new Actor { Id = "kh-2", Kind = ActorKind.Faction, Name = "KH" });
        await Store.MergeActorsAsync("kh", "kh-2", "editor", "same group");

        var violations = await Refused(() => Store.AddTieAsync(Report("t-1", TieType.Attacked, "kh-2", "kh", "a-1", "attacked Ain al-Asad base")));

        AssertHas(violations, ViolationCodes.SelfTie, "$.tie.target");
    }

    [Fact]
    public async Task AddTie_refuses_values_longer_than_their_limit()
    {
        await SeedTwoFactionsAndAnArticleAsync();
        var tie = Report("t-1", TieType.Attacked, "kh", "us", "a-1", "attacked Ain al-Asad base") with { Note = new string('n', FieldLimits.Note + 1) };

        AssertHas(await Refused(() => Store.AddTieAsync(tie)), ViolationCodes.TooLong, "$.tie.note");
    }

    [Fact]
    public async Task AddTie_refuses_LEADS_from_an_actor_that_is_not_a_person()
    {
        await SeedTwoFactionsAndAnArticleAsync();

        var violations = await Refused(() => Store.AddTieAsync(Report("t-1", TieType.Leads, "kh", "us", "a-1", "attacked Ain al-Asad base")));

        AssertHas(violations, ViolationCodes.LeadsFromNonPerson, "$.tie.source");
    }

    [Fact]
    public async Task AddTie_through_merged_away_ids_links_the_kept_actors()
    {
        await SeedTwoFactionsAndAnArticleAsync();
        await Store.UpsertActorAsync(new Actor { Id = "kh-2", Kind = ActorKind.Faction, Name = "KH" });
        await Store.MergeActorsAsync("kh", "kh-2", "editor", "same group");

        var stored = await Store.AddTieAsync(Report("t-1", TieType.Attacked, "kh-2", "us", "a-1", "attacked Ain al-Asad base"));

        Assert.Equal("kh", stored.Source);
        Assert.Equal("kh", (await TieAsync("t-1")).Source);
    }

    [Fact]
    public async Task Refused_ties_leave_the_counts_as_they_were()
    {
        await SeedTwoFactionsAndAnArticleAsync();
        var before = await Store.GetCountsAsync();

        await Refused(() => Store.AddTieAsync(Report("t-1", TieType.Attacked, "kh", "us", "a-1", "not in the text")));

        var after = await Store.GetCountsAsync();
        Assert.Equal(before.TiesByType, after.TiesByType);
        Assert.Equal(0, after.RetractedTies);
    }

    private async Task SeedTwoFactionsAndAnArticleAsync()
    {
        await Store.UpsertActorAsync(new Actor { Id = "kh", Kind = ActorKind.Faction, Name = "Kataib Hezbollah" });
        await Store.UpsertActorAsync(new Actor { Id = "us", Kind = ActorKind.Government, Name = "United States" });
        await Store.AddArticleAsync(ArticleWith("a-1", AttackText));
    }
}
