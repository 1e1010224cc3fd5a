using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

public abstract partial class GraphStoreContractTests<TFixture>
{
    [Theory]
    [InlineData("kataib hezbollah")]
    [InlineData("KATAIB HEZBOLLAH")]
    [InlineData("Kata'ib Hezbollah")]
    [InlineData("Kataʿib Hezbollah")]
    [InlineData("Kata’ib Hezbollah")]
    [InlineData("Katāʾib Ḥezbollah")]
    [InlineData("Kataib-Hezbollah")]
    [InlineData("KataibHezbollah")]
    public async Task Search_ignores_case_diacritics_apostrophes_hyphens_and_spaces(string query)
    {
        await SeedNamesAsync();

        var match = Assert.Single((await Store.SearchActorsAsync(new ActorSearch { Text = query })).Items);

        Assert.Equal(("kataib-hezbollah", 0), (match.Actor.Id, match.Rank));
    }

    [Theory]
    [InlineData("Sudani")]
    [InlineData("al-Sudani")]
    [InlineData("el-Sudani")]
    [InlineData("Al Sudani")]
    public async Task Search_ignores_the_arabic_article(string query)
    {
        await SeedNamesAsync();

        var match = Assert.Single((await Store.SearchActorsAsync(new ActorSearch { Text = query })).Items);

        Assert.Equal("mohammed-shia-al-sudani", match.Actor.Id);
    }

    [Fact]
    public async Task Search_matches_from_the_start_of_any_word_but_not_inside_one()
    {
        await SeedNamesAsync();

        var fromWord = await Store.SearchActorsAsync(new ActorSearch { Text = "hezb" });
        var inside = await Store.SearchActorsAsync(new ActorSearch { Text = "ezbollah" });

        Assert.Equal(["hezbollah", "kataib-hezbollah"], fromWord.Items.Select(m => m.Actor.Id).Order(StringComparer.Ordinal));
        Assert.Empty(inside.Items);
    }

    [Fact]
    public async Task Search_finds_aliases_and_reports_the_spelling_that_matched()
    {
        await SeedNamesAsync();

        var match = Assert.Single((await Store.SearchActorsAsync(new ActorSearch { Text = "hizballah brig" })).Items);

        Assert.Equal(("kataib-hezbollah", "Hizballah Brigades", 1), (match.Actor.Id, match.MatchedName, match.Rank));
    }

    [Fact]
    public async Task Search_lists_each_actor_once_with_its_best_matching_name()
    {
        await Store.UpsertActorAsync(new Actor { Id = "badr", Kind = ActorKind.Faction, Name = "Badr Organization", Aliases = ["Badr", "Organization of Badr"] });

        var match = Assert.Single((await Store.SearchActorsAsync(new ActorSearch { Text = "badr" })).Items);

        Assert.Equal(("Badr", 0), (match.MatchedName, match.Rank));
    }

    [Fact]
    public async Task Search_ranks_exact_names_then_name_prefixes_then_later_words_then_by_name_and_id()
    {
        var g = new GraphBuilder();
        g.Faction("Saraya Salam");
        g.Faction("Asaib Saraya");
        g.Faction("Saraya");
        g.Faction("Saraya al-Khorasani");
        g.Faction("Ansar Saraya");
        await g.SeedAsync(Store);

        var matches = (await Store.SearchActorsAsync(new ActorSearch { Text = "saraya" })).Items;

        Assert.Equal(["saraya", "saraya-al-khorasani", "saraya-salam", "ansar-saraya", "asaib-saraya"], matches.Select(m => m.Actor.Id));
        Assert.Equal([0, 1, 1, 2, 2], matches.Select(m => m.Rank));
    }

    [Fact]
    public async Task Search_for_text_without_letters_or_digits_finds_nothing()
    {
        await SeedNamesAsync();

        Assert.Empty((await Store.SearchActorsAsync(new ActorSearch { Text = "'-'" })).Items);
    }

    private async Task SeedNamesAsync()
    {
        var g = new GraphBuilder();
        g.Faction("Kata'ib Hezbollah", "Hizballah Brigades");
        g.Faction("Hezbollah");
        g.Person("Mohammed Shia al-Sudani");
        g.Government("Ministry of Interior");
        await g.SeedAsync(Store);
    }
}
