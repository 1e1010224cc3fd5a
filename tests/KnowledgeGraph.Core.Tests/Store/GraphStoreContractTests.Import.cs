using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Import_writes_a_whole_batch_and_reports_what_it_added()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        g.Attacked(kh, us);
        g.MetWith(us, kh);

        var result = await g.SeedAsync(Store);

        Assert.Equal(new ImportResult(ArticlesAdded: 2, ArticlesUnchanged: 0, ActorsWritten: 2, TiesAdded: 2, TiesUnchanged: 0, MergesRecorded: 0), result);
        Assert.Equal(2, (await TiesOf("kh")).Count);
    }

    [Fact]
    public async Task Import_with_bad_rows_writes_nothing_and_lists_every_problem_with_its_path()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        g.Attacked(kh, us);
        var badEvidence = g.Attacked(us, kh);
        g.Replace(badEvidence, badEvidence with { Evidence = "words the article never says" });
        var unknownEnd = g.Attacked(kh, us);
        g.Replace(unknownEnd, unknownEnd with { Target = "nobody" });
        var batch = g.Build();
        batch = batch with { Actors = [.. batch.Actors, new Actor { Id = "Bad Id", Kind = ActorKind.Faction, Name = "Bad" }] };

        var violations = await Refused(() => Store.ImportAsync(batch));

        AssertHas(violations, ViolationCodes.EvidenceNotInArticle, "$.ties[1].evidence");
        AssertHas(violations, ViolationCodes.UnknownActor, "$.ties[2].target");
        AssertHas(violations, ViolationCodes.InvalidId, "$.actors[2].id");
        Assert.Empty(await ListAsync(Store.StreamActorsAsync()));
        Assert.Empty(await ListAsync(Store.StreamArticlesAsync()));
        Assert.Empty(await ListAsync(Store.StreamTiesAsync(new TieFilter { IncludeRetracted = true })));
    }

    [Fact]
    public async Task Import_of_the_same_batch_twice_changes_nothing_the_second_time()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("KH");
        var us = g.Government("US");
        g.Attacked(kh, us);
        g.MetWith(us, kh);
        await g.SeedAsync(Store);

        var again = await g.SeedAsync(Store);

        Assert.Equal(new ImportResult(0, 2, 2, 0, 2, 0), again);
        Assert.Equal(2, (await ListAsync(Store.StreamTiesAsync(TieFilter.None))).Count);
    }

    [Fact]
    public async Task Import_counts_a_live_report_already_stored_under_another_id_as_unchanged()
    {
        var g = new GraphBuilder();
        var original = g.Attacked(g.Faction("KH"), g.Government("US"));
        await g.SeedAsync(Store);

        var result = await Store.ImportAsync(g.Build() with { Ties = [original with { Id = "t-copy" }, original with { Id = "t-copy-2" }] });

        Assert.Equal((0, 2), (result.TiesAdded, result.TiesUnchanged));
        Assert.Empty(await Store.GetTiesByIdAsync(["t-copy", "t-copy-2"]));
    }

    [Fact]
    public async Task Import_of_a_tie_with_a_stored_id_and_other_content_is_a_CONFLICT()
    {
        var g = new GraphBuilder();
        var tie = g.Attacked(g.Faction("KH"), g.Government("US"));
        await g.SeedAsync(Store);

        var violations = await Refused(() => Store.ImportAsync(g.Build() with { Ties = [tie with { Note = "changed" }] }));

        AssertHas(violations, ViolationCodes.Conflict, "$.ties[0].id");
        Assert.Null((await TieAsync(tie.Id)).Note);
    }

    [Fact]
    public async Task Import_puts_MET_WITH_ends_in_id_order_and_resolves_merged_ids()
    {
        var g = new GraphBuilder();
        g.Faction("Kept");
        g.Faction("Gone");
        await g.SeedAsync(Store);
        await Store.MergeActorsAsync("kept", "gone", "editor", "same group");
        var next = new GraphBuilder();
        var meeting = next.MetWith(next.Government("Zulu"), new Actor { Id = "gone", Kind = ActorKind.Faction, Name = "Gone" });
        var batch = next.Build();

        await Store.ImportAsync(batch);

        var stored = await TieAsync(meeting.Id);
        Assert.Equal(("kept", "zulu"), (stored.Source, stored.Target));
    }

    [Fact]
    public async Task Import_stores_ties_that_carry_a_retraction_as_retracted()
    {
        var g = new GraphBuilder();
        var tie = g.Attacked(g.Faction("KH"), g.Government("US"));
        var retraction = new Retraction("duplicate wire story", "importer", Start.AddDays(-1));
        g.Replace(tie, tie with { Retraction = retraction });

        await g.SeedAsync(Store);

        Assert.Equal(retraction, (await TieAsync(tie.Id)).Retraction);
        Assert.Empty(await TiesOf("kh"));
    }

    [Fact]
    public async Task Import_records_past_merges_and_their_ids_resolve()
    {
        var g = new GraphBuilder();
        g.Faction("Kept");
        var record = new MergeRecord("kept", "old-name", "archivist", Start.AddYears(-1), "renamed in 2019");
        g.Merge(record);

        var result = await g.SeedAsync(Store);

        Assert.Equal(1, result.MergesRecorded);
        Assert.Equal([record], await ListAsync(Store.StreamMergesAsync()));
        Assert.Equal("kept", (await ActorAsync("old-name")).Id);
    }

    [Fact]
    public async Task Import_refuses_a_merge_record_whose_merged_id_is_a_live_actor()
    {
        var g = new GraphBuilder();
        g.Faction("Kept");
        g.Faction("Alive");
        g.Merge(new MergeRecord("kept", "alive", "archivist", Start, "wrong"));

        AssertHas(await Refused(() => g.SeedAsync(Store)), ViolationCodes.Conflict, "$.merges[0].merged");
    }

    [Fact]
    public async Task Import_refuses_ids_used_twice_in_one_batch_for_different_rows()
    {
        var g = new GraphBuilder();
        var tie = g.Attacked(g.Faction("KH"), g.Government("US"));
        var batch = g.Build();
        batch = batch with
        {
            Actors = [.. batch.Actors, batch.Actors[0] with { Name = "Other" }],
            Ties = [tie, tie with { Note = "a different report under the same id" }],
        };

        var violations = await Refused(() => Store.ImportAsync(batch));

        AssertHas(violations, ViolationCodes.DuplicateId, "$.actors[2].id");
        AssertHas(violations, ViolationCodes.DuplicateId, "$.ties[1].id");
    }

    [Fact]
    public async Task Import_refuses_values_longer_than_their_limit()
    {
        var g = new GraphBuilder();
        var tie = g.Attacked(g.Faction("KH"), g.Government("US"));
        g.Replace(tie, tie with { Location = new string('x', FieldLimits.Location + 1) });

        AssertHas(await Refused(() => g.SeedAsync(Store)), ViolationCodes.TooLong, "$.ties[0].location");
    }

    [Fact]
    public async Task Import_records_a_chain_of_merges_and_refuses_merges_that_go_round_in_a_circle()
    {
        var chain = new GraphBuilder();
        chain.Faction("Third");
        chain.Merge(new MergeRecord("second", "first", "archivist", Start, "renamed"));
        chain.Merge(new MergeRecord("third", "second", "archivist", Start, "renamed again"));
        var circle = new GraphBuilder();
        circle.Merge(new MergeRecord("beta", "alpha", "archivist", Start, "one way"));
        circle.Merge(new MergeRecord("alpha", "beta", "archivist", Start, "the other way"));

        Assert.Equal(2, (await chain.SeedAsync(Store)).MergesRecorded);
        AssertHas(await Refused(() => circle.SeedAsync(Store)), ViolationCodes.Invalid, "$.merges[0].kept");

        Assert.Equal("third", (await ActorAsync("first")).Id);
        Assert.Equal("third", (await ActorAsync("second")).Id);
    }
}
