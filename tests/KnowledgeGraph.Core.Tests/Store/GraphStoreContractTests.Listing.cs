using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Naming;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Listing_pages_through_every_actor_by_normalised_name_then_id_with_the_total_on_each_page()
    {
        var g = new GraphBuilder();
        for (var i = 8; i >= 0; i--)
        {
            g.Faction($"Liwa {i:D2}");
        }

        // "Al-Nujaba" and "Nujaba" normalise alike, so their ids order them; "ZZ Group" sorts by its normalised form.
        g.Faction("Nujaba");
        g.Faction("Al-Nujaba");
        g.Faction("zz group");
        g.Person("Abu Fadak");
        var expected = g.Build().Actors.OrderBy(a => AliasNormalizer.Normalize(a.Name), StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => a.Id).ToList();
        await g.SeedAsync(Store);

        var seen = new List<string>();
        string? after = null;
        Page<ActorMatch> page;
        do
        {
            page = await Store.SearchActorsAsync(new ActorSearch { Limit = 4, After = after });
            Assert.Equal(expected.Count, page.TotalCount);
            Assert.All(page.Items, m => Assert.Equal((m.Actor.Name, 1), (m.MatchedName, m.Rank)));
            seen.AddRange(page.Items.Select(m => m.Actor.Id));
            after = page.Items.Count > 0 ? page.Items[^1].Cursor : after;
        }
        while (page.HasMore);

        Assert.Equal(expected, seen);
        var people = await Store.SearchActorsAsync(new ActorSearch { Kinds = [ActorKind.Person], Limit = 1 });
        Assert.Equal("abu-fadak", Assert.Single(people.Items).Actor.Id);
        Assert.Equal((false, 1), (people.HasMore, people.TotalCount));
    }

    [Fact]
    public async Task Listing_after_the_cursor_of_a_text_search_starts_where_that_cursor_falls_in_rank_order()
    {
        var g = new GraphBuilder();
        g.Faction("Kataib Hezbollah");
        g.Faction("Hezbollah");
        g.Faction("Ansar Allah");
        await g.SeedAsync(Store);
        var exact = (await Store.SearchActorsAsync(new ActorSearch { Text = "Hezbollah", Limit = 1 })).Items.Single();
        var laterWord = (await Store.SearchActorsAsync(new ActorSearch { Text = "Hezbollah", Limit = 2 })).Items[^1];

        var afterExact = await Store.SearchActorsAsync(new ActorSearch { After = exact.Cursor, Limit = 10 });
        var afterLaterWord = await Store.SearchActorsAsync(new ActorSearch { After = laterWord.Cursor, Limit = 10 });

        Assert.Equal((0, 2), (exact.Rank, laterWord.Rank));
        Assert.Equal(["ansar-allah", "hezbollah", "kataib-hezbollah"], afterExact.Items.Select(m => m.Actor.Id));
        Assert.Equal((0, false, 3), (afterLaterWord.Items.Count, afterLaterWord.HasMore, afterLaterWord.TotalCount));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("liwa")]
    public async Task Paging_from_the_end_walks_back_through_the_same_results_and_says_whether_more_come_before(string? text)
    {
        var g = new GraphBuilder();
        for (var i = 0; i < 10; i++)
        {
            g.Faction($"Liwa {(char)('a' + (i % 4))} {i}");
        }

        g.Faction("Liwa");
        g.Faction("Ansar Liwa");
        await g.SeedAsync(Store);
        var forward = (await Store.SearchActorsAsync(new ActorSearch { Text = text, Limit = 100 })).Items;

        var backward = new List<ActorMatch>();
        string? before = null;
        Page<ActorMatch> page;
        do
        {
            page = await Store.SearchActorsAsync(new ActorSearch { Text = text, Limit = 5, Before = before, FromEnd = true });
            Assert.Equal(12, page.TotalCount);
            backward.InsertRange(0, page.Items);
            before = page.Items[0].Cursor;
        }
        while (page.HasMore);

        Assert.Equal(forward.Select(m => m.Actor.Id), backward.Select(m => m.Actor.Id));
        Assert.Equal(forward.Select(m => m.Cursor), backward.Select(m => m.Cursor));
        var between = await Store.SearchActorsAsync(new ActorSearch { Text = text, Limit = 2, After = forward[3].Cursor, Before = forward[8].Cursor, FromEnd = true });
        Assert.Equal(forward.Skip(6).Take(2).Select(m => m.Actor.Id), between.Items.Select(m => m.Actor.Id));
        Assert.True(between.HasMore);
    }
}
