using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task RetractTie_keeps_the_tie_with_reason_author_and_time()
    {
        var g = new GraphBuilder();
        var tie = g.Attacked(g.Faction("KH"), g.Government("US"));
        await g.SeedAsync(Store);
        Clock.Advance(TimeSpan.FromHours(3));

        var retracted = await Store.RetractTieAsync(tie.Id, "misattributed", "editor");

        var expected = new Retraction("misattributed", "editor", Start.AddHours(3));
        Assert.Equal(expected, retracted.Retraction);
        Assert.Equal(expected, (await TieAsync(tie.Id)).Retraction);
        Assert.Empty(await TiesOf("kh"));
        Assert.Single(await TiesOf("kh", new() { IncludeRetracted = true }));
    }

    [Fact]
    public async Task RetractTie_twice_returns_the_first_retraction_unchanged()
    {
        var g = new GraphBuilder();
        var tie = g.Attacked(g.Faction("KH"), g.Government("US"));
        await g.SeedAsync(Store);
        var first = await Store.RetractTieAsync(tie.Id, "misattributed", "editor");
        Clock.Advance(TimeSpan.FromDays(1));

        var second = await Store.RetractTieAsync(tie.Id, "another reason", "someone else");

        Assert.Equal(first, second);
        Assert.Equal(first.Retraction, (await TieAsync(tie.Id)).Retraction);
    }

    [Fact]
    public async Task RetractTie_of_an_unknown_tie_is_refused_as_UNKNOWN_TIE()
    {
        AssertHas(await Refused(() => Store.RetractTieAsync("t-404", "reason", "editor")), ViolationCodes.UnknownTie, "$.tie.id");
    }

    [Fact]
    public async Task RetractTie_needs_a_reason_and_an_author()
    {
        var g = new GraphBuilder();
        var tie = g.Attacked(g.Faction("KH"), g.Government("US"));
        await g.SeedAsync(Store);

        var violations = await Refused(() => Store.RetractTieAsync(tie.Id, " ", ""));

        AssertHas(violations, ViolationCodes.Required, "$.tie.retraction.reason");
        AssertHas(violations, ViolationCodes.Required, "$.tie.retraction.by");
        Assert.False((await TieAsync(tie.Id)).IsRetracted);
    }

    [Fact]
    public async Task GetTiesById_returns_retracted_ties_too_and_leaves_out_unknown_ids()
    {
        var g = new GraphBuilder();
        var tie = g.Attacked(g.Faction("KH"), g.Government("US"));
        await g.SeedAsync(Store);
        await Store.RetractTieAsync(tie.Id, "misattributed", "editor");

        var ties = await Store.GetTiesByIdAsync([tie.Id, "t-404"]);

        Assert.True(Assert.Single(ties).Value.IsRetracted);
    }
}
