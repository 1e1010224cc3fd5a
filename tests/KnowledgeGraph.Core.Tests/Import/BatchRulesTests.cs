using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Import;

public sealed class BatchRulesTests
{
    [Fact]
    public void References_resolve_within_the_batch()
    {
        var batch = new GraphBatch { Articles = [Samples.Article], Actors = [Samples.Faction, Samples.Pmf], Ties = [Samples.Tie()] };

        var prepared = BatchRules.Prepare(batch, new InMemoryLookup());

        Assert.Single(prepared.Ties);
    }

    [Fact]
    public void References_resolve_against_the_stored_graph_through_merges()
    {
        var stored = new InMemoryLookup();
        stored.Actors[Samples.Faction.Id] = Samples.Faction;
        stored.Actors[Samples.Pmf.Id] = Samples.Pmf;
        stored.Articles[Samples.Article.Id] = Samples.Article;
        stored.Redirects["kataeb-hezbollah"] = Samples.Faction.Id;

        var prepared = BatchRules.Prepare(new GraphBatch { Ties = [Samples.Tie(source: "kataeb-hezbollah")] }, stored);

        Assert.Equal(Samples.Faction.Id, prepared.Ties[0].Source);
    }

    [Fact]
    public void Every_problem_of_every_row_is_reported_at_once()
    {
        var batch = new GraphBatch
        {
            Articles = [Samples.Article],
            Actors = [Samples.Faction, Samples.Pmf, Samples.Pmf],
            Ties = [Samples.Tie(source: "ghost"), Samples.Tie(TieType.Leads) with { Id = "t-2" }, Samples.Tie(evidence: "not quoted") with { Id = "t-3" }],
        };

        var error = Assert.Throws<GraphRuleException>(() => BatchRules.Prepare(batch, new InMemoryLookup()));

        Assert.Contains(error.Violations, v => v.Path == "$.actors[2].id" && v.Code == ViolationCodes.DuplicateId);
        Assert.Contains(error.Violations, v => v.Path == "$.ties[0].source" && v.Code == ViolationCodes.UnknownActor);
        Assert.Contains(error.Violations, v => v.Path == "$.ties[1].source" && v.Code == ViolationCodes.LeadsFromNonPerson);
        Assert.Contains(error.Violations, v => v.Path == "$.ties[2].evidence" && v.Code == ViolationCodes.EvidenceNotInArticle);
    }

    [Fact]
    public void Met_with_ties_are_laid_down_with_their_ends_in_id_order()
    {
        var meeting = Samples.Tie(TieType.MetWith, "pmf", "kataib-hezbollah");
        var batch = new GraphBatch { Articles = [Samples.Article], Actors = [Samples.Faction, Samples.Pmf], Ties = [meeting] };

        var prepared = BatchRules.Prepare(batch, new InMemoryLookup());

        Assert.Equal(("kataib-hezbollah", "pmf"), (prepared.Ties[0].Source, prepared.Ties[0].Target));
    }

    [Fact]
    public void A_different_stored_record_under_the_same_id_is_a_conflict()
    {
        var stored = new InMemoryLookup();
        stored.Articles[Samples.Article.Id] = Samples.Article with { Text = "Another text." };

        var error = Assert.Throws<GraphRuleException>(() => BatchRules.Prepare(new GraphBatch { Articles = [Samples.Article] }, stored));

        Assert.Equal(ViolationCodes.Conflict, Assert.Single(error.Violations).Code);
    }

    [Fact]
    public void Writing_to_a_merged_away_actor_is_refused()
    {
        var stored = new InMemoryLookup();
        stored.Actors[Samples.Faction.Id] = Samples.Faction;
        stored.Redirects["kataeb-hezbollah"] = Samples.Faction.Id;

        var error = Assert.Throws<GraphRuleException>(() =>
            BatchRules.Prepare(new GraphBatch { Actors = [Samples.Faction with { Id = "kataeb-hezbollah" }] }, stored));

        Assert.Equal(ViolationCodes.ActorMerged, Assert.Single(error.Violations).Code);
    }
}
