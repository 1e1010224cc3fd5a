using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task FindPaths_returns_every_shortest_path_with_every_tie_of_each_hop()
    {
        var ties = await SeedDiamondAsync();

        var paths = await Store.FindPathsAsync(new PathQuery { From = "start", To = "end" });

        Assert.Equal([["start", "north", "end"], ["start", "south", "end"]], paths.Select(p => p.ActorIds).OrderBy(p => p[1], StringComparer.Ordinal));
        var north = paths.Single(p => p.ActorIds[1] == "north");
        Assert.Equal(2, north.Length);
        Assert.Equal([ties["start-north-1"], ties["start-north-2"]], north.Hops[0].Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Equal([ties["north-end"]], north.Hops[1].Select(t => t.Id));
    }

    [Fact]
    public async Task FindPaths_returns_no_more_paths_than_the_limit()
    {
        await SeedDiamondAsync();

        var paths = await Store.FindPathsAsync(new PathQuery { From = "start", To = "end", Limit = 1 });

        var path = Assert.Single(paths);
        Assert.Equal(2, path.Length);
        Assert.Contains(path.ActorIds[1], new[] { "north", "south" });
    }

    [Fact]
    public async Task FindPaths_finds_nothing_when_the_shortest_path_is_longer_than_the_maximum()
    {
        await SeedDiamondAsync();

        Assert.Empty(await Store.FindPathsAsync(new PathQuery { From = "start", To = "end", MaxLength = 1 }));
        Assert.Equal(2, (await Store.FindPathsAsync(new PathQuery { From = "start", To = "end", MaxLength = 2 })).Count);
    }

    [Fact]
    public async Task FindPaths_follows_ties_against_their_direction()
    {
        await SeedDiamondAsync();

        var paths = await Store.FindPathsAsync(new PathQuery { From = "end", To = "start", Filter = new() { Direction = TieDirection.Out } });

        Assert.Equal(2, paths.Count);
        Assert.All(paths, p => Assert.Equal(["end", "start"], new[] { p.ActorIds[0], p.ActorIds[^1] }));
    }

    [Fact]
    public async Task FindPaths_goes_the_longer_way_when_the_filter_closes_the_short_ones()
    {
        var ties = await SeedDiamondAsync();
        await Store.RetractTieAsync(ties["north-end"], "misread", "editor");

        var withoutNorth = await Store.FindPathsAsync(new PathQuery { From = "start", To = "end" });
        var attacksOnly = await Store.FindPathsAsync(new PathQuery { From = "start", To = "end", Filter = new() { Types = [TieType.Attacked] } });

        Assert.Equal(["start", "south", "end"], Assert.Single(withoutNorth).ActorIds);
        Assert.Equal(["start", "west", "far-west", "end"], Assert.Single(attacksOnly).ActorIds);
    }

    [Fact]
    public async Task FindPaths_between_unconnected_actors_is_empty()
    {
        await SeedDiamondAsync();

        Assert.Empty(await Store.FindPathsAsync(new PathQuery { From = "start", To = "island", MaxLength = 6 }));
    }

    [Fact]
    public async Task FindPaths_from_an_actor_to_itself_is_one_path_without_hops()
    {
        await SeedDiamondAsync();

        var path = Assert.Single(await Store.FindPathsAsync(new PathQuery { From = "start", To = "start" }));

        Assert.Equal(["start"], path.ActorIds);
        Assert.Empty(path.Hops);
    }

    [Fact]
    public async Task FindPaths_refuses_lengths_outside_one_to_six_and_a_limit_below_one()
    {
        await SeedDiamondAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindPathsAsync(new PathQuery { From = "start", To = "end", MaxLength = 7 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindPathsAsync(new PathQuery { From = "start", To = "end", MaxLength = 0 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.FindPathsAsync(new PathQuery { From = "start", To = "end", Limit = 0 }));
    }

    [Fact]
    public async Task FindPaths_with_an_unknown_end_is_refused_as_UNKNOWN_ACTOR()
    {
        await SeedDiamondAsync();

        var refusal = await Assert.ThrowsAsync<GraphRuleException>(() => Store.FindPathsAsync(new PathQuery { From = "nobody", To = "end" }));

        AssertHas(refusal.Violations, ViolationCodes.UnknownActor, "$.from");
    }

    [Fact]
    public async Task FindPaths_reaches_six_hops_along_a_chain()
    {
        var g = new GraphBuilder();
        var chain = Enumerable.Range(0, 7).Select(i => g.Faction($"Link {i}")).ToList();
        for (var i = 0; i < 6; i++)
        {
            g.AffiliatedWith(chain[i + 1], chain[i]);
        }

        await g.SeedAsync(Store);

        var path = Assert.Single(await Store.FindPathsAsync(new PathQuery { From = "link-0", To = "link-6", MaxLength = 6 }));

        Assert.Equal(chain.Select(a => a.Id), path.ActorIds);
        Assert.Empty(await Store.FindPathsAsync(new PathQuery { From = "link-0", To = "link-6", MaxLength = 5 }));
    }

    // start-north-end and start-south-end (meetings and affiliations), start-west-far-west-end (attacks), island alone.
    private async Task<Dictionary<string, string>> SeedDiamondAsync()
    {
        var g = new GraphBuilder();
        var start = g.Faction("Start");
        var north = g.Faction("North");
        var south = g.Faction("South");
        var end = g.Faction("End");
        var west = g.Faction("West");
        var farWest = g.Faction("Far West");
        g.Faction("Island");
        var ties = new Dictionary<string, string>
        {
            ["start-north-1"] = g.MetWith(start, north).Id,
            ["start-north-2"] = g.AffiliatedWith(north, start).Id,
            ["north-end"] = g.AffiliatedWith(north, end).Id,
            ["start-south"] = g.AffiliatedWith(south, start).Id,
            ["south-end"] = g.MetWith(end, south).Id,
            ["start-west"] = g.Attacked(start, west).Id,
            ["west-far-west"] = g.Attacked(farWest, west).Id,
            ["far-west-end"] = g.Attacked(farWest, end).Id,
        };
        await g.SeedAsync(Store);
        return ties;
    }
}
