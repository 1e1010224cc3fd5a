using KnowledgeGraph.Core.Naming;

namespace KnowledgeGraph.Core.Tests.Naming;

public sealed class AliasNormalizerTests
{
    [Theory]
    [InlineData("Kataib Hezbollah", "kataibhezbollah")]
    [InlineData("KATAIB HEZBOLLAH", "kataibhezbollah")]
    [InlineData("Kata'ib Hezbollah", "kataibhezbollah")]
    [InlineData("Kata’ib Hezbollah", "kataibhezbollah")]
    [InlineData("Kataʿib Ḥezbollah", "kataibhezbollah")]
    [InlineData("Kataib-Hezbollah", "kataibhezbollah")]
    [InlineData("  Kataib   Hezbollah ", "kataibhezbollah")]
    [InlineData("al-Sudani", "sudani")]
    [InlineData("Al Sudani", "sudani")]
    [InlineData("el-Sudani", "sudani")]
    [InlineData("Mohammed Shia al-Sudani", "mohammedshiasudani")]
    [InlineData("Abdul Aziz Al-Mohammadawi", "abdulazizmohammadawi")]
    [InlineData("Asharq Al-Awsat", "asharqawsat")]
    [InlineData("Nouri al-Maliki", "nourimaliki")]
    [InlineData("Al", "al")]
    public void Spellings_reduce_to_one_comparable_form(string name, string expected) =>
        Assert.Equal(expected, AliasNormalizer.Normalize(name));

    [Fact]
    public void Transliteration_variants_are_not_rules_but_aliases()
    {
        Assert.NotEqual(AliasNormalizer.Normalize("Kataib Hezbollah"), AliasNormalizer.Normalize("Kataeb Hezbollah"));
        Assert.NotEqual(AliasNormalizer.Normalize("Kazemi"), AliasNormalizer.Normalize("Kadhimi"));
    }

    [Fact]
    public void Words_start_where_search_may_match()
    {
        var words = AliasNormalizer.Words("Kata'ib al-Hezbollah Brigades");

        Assert.Equal(["kataib", "hezbollah", "brigades"], words);
        Assert.Equal([0, 6, 15], AliasNormalizer.WordStarts(words));
    }

    [Fact]
    public void A_name_of_only_punctuation_has_no_words() => Assert.Equal("", AliasNormalizer.Normalize("' - ’"));
}
