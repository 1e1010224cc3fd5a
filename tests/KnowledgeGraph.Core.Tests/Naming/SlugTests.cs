using KnowledgeGraph.Core.Naming;

namespace KnowledgeGraph.Core.Tests.Naming;

public sealed class SlugTests
{
    [Theory]
    [InlineData("kataib-hezbollah", true)]
    [InlineData("a000-001", true)]
    [InlineData("Kataib-Hezbollah", false)]
    [InlineData("kataib--hezbollah", false)]
    [InlineData("-kataib", false)]
    [InlineData("kataib-", false)]
    [InlineData("kataib hezbollah", false)]
    [InlineData("", false)]
    [InlineData("ħezbollah", false)]
    public void Ids_are_lowercase_words_joined_by_single_hyphens(string id, bool valid) => Assert.Equal(valid, Slug.IsValid(id));

    [Fact]
    public void Ids_longer_than_the_limit_are_refused() => Assert.False(Slug.IsValid(new string('a', Slug.MaxLength + 1)));

    [Theory]
    [InlineData("Kata'ib Ḥezbollah", "kataib-hezbollah")]
    [InlineData("Mohammed Shia al-Sudani", "mohammed-shia-al-sudani")]
    [InlineData("U.S. Central Command", "u-s-central-command")]
    public void A_slug_is_made_from_a_display_name(string name, string expected)
    {
        Assert.Equal(expected, Slug.FromName(name));
        Assert.True(Slug.IsValid(Slug.FromName(name)));
    }

    [Theory]
    [InlineData("Kata'ib Ḥezbollah", true)]
    [InlineData("U.S. Central Command", true)]
    [InlineData("Ωμέγα Group", false)]
    [InlineData("كتائب حزب الله", false)]
    public void A_name_spells_a_slug_only_when_no_letter_is_dropped(string name, bool spells) => Assert.Equal(spells, Slug.SpellsEveryLetter(name));
}
