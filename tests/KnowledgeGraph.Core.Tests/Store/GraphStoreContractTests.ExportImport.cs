using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Fact]
    public async Task Export_then_import_into_an_empty_store_gives_an_equal_graph()
    {
        await SeedHistoryAsync();
        using var document = new MemoryStream();
        await GraphDocumentWriter.WriteAsync(Store, document, Start);
        document.Position = 0;
        var batch = await GraphDocumentReader.ReadAsync(document, textFileRoot: null);
        var copy = await Fixture.CreateEmptyStoreAsync(Clock);
        try
        {
            await copy.ImportAsync(batch);

            await AssertSameGraphAsync(Store, copy);
            Assert.Equal("gamma", (await copy.GetActorsAsync(["alpha"]))["alpha"].Id);
        }
        finally
        {
            await Fixture.ReleaseAsync(copy);
        }
    }

    // Merges alpha into beta, then beta into gamma (a chain), with a tie turned into a self-tie, a duplicate report
    // retracted by the merge, a retraction by hand, and undated, month and day dates.
    private async Task SeedHistoryAsync()
    {
        var g = new GraphBuilder();
        var alpha = g.Faction("Alpha", "Al-Fa");
        var beta = g.Faction("Beta");
        var gamma = g.Faction("Gamma");
        var us = g.Government("US");
        var shared = g.Article("shared", PartialDate.OfDay(2024, 1, 2));
        g.Attacked(alpha, us, PartialDate.OfMonth(2023, 11), shared);
        g.AffiliatedWith(alpha, beta);
        g.MetWith(gamma, us, PartialDate.OfDay(2024, 1, 2));
        var withdrawn = g.Attacked(us, gamma);
        await g.SeedAsync(Store);
        var duplicate = g.Build().Ties[0];
        await Store.AddTieAsync(duplicate with { Id = "t-dup", Source = "beta" });
        await Store.RetractTieAsync(withdrawn.Id, "misread", "editor");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.MergeActorsAsync("beta", "alpha", "editor", "same group");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.MergeActorsAsync("gamma", "beta", "editor", "same group again");
    }

    private static async Task AssertSameGraphAsync(IGraphStore expected, IGraphStore actual)
    {
        var expectedActors = await ListAsync(expected.StreamActorsAsync());
        var actualActors = await ListAsync(actual.StreamActorsAsync());
        Assert.Equal(expectedActors.Count, actualActors.Count);
        foreach (var (e, a) in expectedActors.Zip(actualActors))
        {
            AssertSameActor(e, a);
        }

        Assert.Equal(await ListAsync(expected.StreamArticlesAsync()), await ListAsync(actual.StreamArticlesAsync()));
        var all = new TieFilter { IncludeRetracted = true };
        Assert.Equal(await ListAsync(expected.StreamTiesAsync(all)), await ListAsync(actual.StreamTiesAsync(all)));
        Assert.Equal(await ListAsync(expected.StreamMergesAsync()), await ListAsync(actual.StreamMergesAsync()));
        var (expectedCounts, actualCounts) = (await expected.GetCountsAsync(), await actual.GetCountsAsync());
        Assert.Equal(expectedCounts.TiesByType, actualCounts.TiesByType);
        Assert.Equal(expectedCounts.ActorsByKind, actualCounts.ActorsByKind);
        Assert.Equal((expectedCounts.RetractedTies, expectedCounts.UndatedTies), (actualCounts.RetractedTies, actualCounts.UndatedTies));
    }
}
