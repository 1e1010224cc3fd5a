using KnowledgeGraph.Storage.Neo4j.Search;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Search;

public sealed class NameMatchTests
{
    [Theory]
    [InlineData("hez", "he{")]
    [InlineData("a", "b")]
    [InlineData("9", ":")]
    [InlineData("\u062d\u0632\u0628", "\u062d\u0632\u0629")]
    public void The_end_of_a_prefix_range_is_the_prefix_with_its_last_character_stepped_up(string prefix, string end) =>
        Assert.Equal(end, NameMatch.PrefixEnd(prefix));

    [Theory]
    [InlineData("")]
    [InlineData("a\uD840\uDC00")]
    [InlineData("a\uFA0E")]
    public void A_prefix_without_an_end_safe_in_every_string_order_has_none(string prefix) =>
        Assert.Null(NameMatch.PrefixEnd(prefix));

    [Fact]
    public void Every_string_with_the_prefix_sorts_below_its_end_and_a_string_without_it_does_not_fall_between()
    {
        var end = NameMatch.PrefixEnd("kata")!;

        Assert.True(string.CompareOrdinal("katazzz\uFFFF", end) < 0);
        Assert.True(string.CompareOrdinal("katb", end) >= 0);
        Assert.True(string.CompareOrdinal("kat", "kata") < 0);
    }
}
