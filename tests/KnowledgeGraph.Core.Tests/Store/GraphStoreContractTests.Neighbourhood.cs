using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Neighbourhood_of_depth_one_holds_the_seed_its_counterparts_and_the_ties_among_them()
    {
        var ties = await SeedChainAsync();

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["alpha"] });

        Assert.Equal("alpha", subgraph.Actors[0].Id);
        Assert.Equal(["alpha", "bravo", "echo", "xray"], subgraph.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal([ties["alpha-bravo"], ties["alpha-echo"], ties["xray-alpha"]], subgraph.Ties.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.False(subgraph.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_of_depth_two_reaches_two_hops_and_no_further()
    {
        var ties = await SeedChainAsync();

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["alpha"], Depth = 2 });

        Assert.Equal(["alpha", "bravo", "charlie", "echo", "xray"], subgraph.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Contains(ties["bravo-charlie"], subgraph.Ties.Select(t => t.Id));
        Assert.DoesNotContain(ties["charlie-delta"], subgraph.Ties.Select(t => t.Id));
    }

    [Fact]
    public async Task Neighbourhood_follows_only_ties_the_filter_keeps()
    {
        await SeedChainAsync();

        var attacks = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["alpha"], Depth = 3, Filter = new() { Types = [TieType.Attacked] } });
        var recent = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["alpha"], Depth = 3, Filter = Window(new DateOnly(2023, 1, 1), null) });

        Assert.Equal(["alpha", "bravo", "echo", "xray"], attacks.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["alpha", "bravo", "charlie"], recent.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.All(recent.Ties, tie => Assert.False(tie.Date.IsUnknown));
    }

    [Fact]
    public async Task Neighbourhood_leaves_out_retracted_ties_unless_asked_for()
    {
        var ties = await SeedChainAsync();
        await Store.RetractTieAsync(ties["alpha-bravo"], "misread", "editor");

        var live = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["alpha"] });
        var all = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["alpha"], Filter = new() { IncludeRetracted = true } });

        Assert.DoesNotContain("bravo", live.Actors.Select(a => a.Id));
        Assert.Contains(ties["alpha-bravo"], all.Ties.Select(t => t.Id));
    }

    [Fact]
    public async Task Neighbourhood_lists_the_seeds_first_in_the_order_given()
    {
        await SeedChainAsync();

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["delta", "alpha"] });

        Assert.Equal(["delta", "alpha"], subgraph.Actors.Take(2).Select(a => a.Id));
    }

    [Fact]
    public async Task Neighbourhood_stops_breadth_first_at_the_node_cap_and_says_it_was_truncated()
    {
        await SeedStarAsync();

        var capped = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["hub"], Depth = 2, MaxNodes = 6 });

        Assert.True(capped.Truncated);
        Assert.Equal(6, capped.Actors.Count);
        Assert.Equal(["hub", "leaf-1", "leaf-2", "leaf-3", "leaf-4", "leaf-5"], capped.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(5, capped.Ties.Count);
    }

    [Fact]
    public async Task Neighbourhood_that_exactly_fills_the_cap_is_not_truncated()
    {
        await SeedStarAsync();

        var full = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["hub"], Depth = 2, MaxNodes = 11 });

        Assert.False(full.Truncated);
        Assert.Equal(11, full.Actors.Count);
    }

    [Fact]
    public async Task Neighbourhood_of_a_merged_away_seed_starts_at_the_kept_actor()
    {
        await SeedChainAsync();
        await Store.UpsertActorAsync(new Actor { Id = "alpha-old", Kind = ActorKind.Faction, Name = "Alpha Old" });
        await Store.MergeActorsAsync("alpha", "alpha-old", "editor", "same group");

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["alpha-old"] });

        Assert.Equal("alpha", subgraph.Actors[0].Id);
        Assert.Equal(4, subgraph.Actors.Count);
    }

    [Fact]
    public async Task Neighbourhood_refuses_a_depth_above_three_and_no_seeds()
    {
        await SeedChainAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["alpha"], Depth = 4 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = [] }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["alpha"], MaxNodes = 0 }));
    }

    [Fact]
    public async Task Neighbourhood_of_an_unknown_seed_is_refused_as_UNKNOWN_ACTOR_at_its_position()
    {
        await SeedChainAsync();

        var refusal = await Assert.ThrowsAsync<GraphRuleException>(() => Store.GetNeighbourhoodAsync(new NeighbourhoodQuery { ActorIds = ["alpha", "nobody"] }));

        AssertHas(refusal.Violations, ViolationCodes.UnknownActor, "$.actorIds[1]");
    }

    // alpha-bravo (2023, attack), bravo-charlie (2024, meeting), charlie-delta (undated), alpha-echo (2015, attack),
    // xray-alpha (undated attack, pointing at alpha), foxtrot alone.
    private async Task<Dictionary<string, string>> SeedChainAsync()
    {
        var g = new GraphBuilder();
        var alpha = g.Faction("Alpha");
        var bravo = g.Faction("Bravo");
        var charlie = g.Faction("Charlie");
        var delta = g.Faction("Delta");
        var echo = g.Faction("Echo");
        var xray = g.Faction("Xray");
        g.Faction("Foxtrot");
        var ties = new Dictionary<string, string>
        {
            ["alpha-bravo"] = g.Attacked(alpha, bravo, PartialDate.OfDay(2023, 5, 1)).Id,
            ["bravo-charlie"] = g.MetWith(bravo, charlie, PartialDate.OfMonth(2024, 2)).Id,
            ["charlie-delta"] = g.AffiliatedWith(charlie, delta).Id,
            ["alpha-echo"] = g.Attacked(alpha, echo, PartialDate.OfYear(2015)).Id,
            ["xray-alpha"] = g.Attacked(xray, alpha).Id,
        };
        await g.SeedAsync(Store);
        return ties;
    }

    // hub - leaf-1..5, each leaf-i - twig-i.
    private async Task SeedStarAsync()
    {
        var g = new GraphBuilder();
        var hub = g.Faction("Hub");
        for (var i = 1; i <= 5; i++)
        {
            var leaf = g.Faction($"Leaf {i}");
            g.AffiliatedWith(leaf, hub);
            g.AffiliatedWith(g.Faction($"Twig {i}"), leaf);
        }

        await g.SeedAsync(Store);
    }
}
