using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.Tests.ReadModel;

public sealed class NameIndexTests
{
    private static readonly string[][] Spellings =
    [
        ["Kataib Hezbollah", "Kata'ib Hizballah", "KH"],
        ["Kataib Sayyid al-Shuhada", "Kataeb Sayyid al-Shuhada"],
        ["Asaib Ahl al-Haq", "AAH"],
        ["Badr Organization", "Badr"],
        ["Hezbollah"],
        ["Harakat Hezbollah al-Nujaba", "Nujaba"],
        ["Kazemi", "Kadhimi"],
        ["Ka"],
    ];

    [Theory]
    [InlineData("k")]
    [InlineData("kata")]
    [InlineData("kataib")]
    [InlineData("hezbollah")]
    [InlineData("ka")]
    [InlineData("badr")]
    [InlineData("z")]
    [InlineData("nujabaz")]
    public void The_matching_run_holds_exactly_the_suffixes_that_begin_with_the_query(string query)
    {
        var index = Build();

        var first = index.LowerBound(query);
        var end = index.EndOfMatches(query, first);

        var expected = Enumerable.Range(0, index.Count).Where(i => index.Suffix(index[i]).StartsWith(query, StringComparison.Ordinal)).ToList();
        Assert.Equal(expected, Enumerable.Range(first, end - first).ToList());
    }

    [Fact]
    public void Display_prefixes_order_actors_as_their_normalised_display_names_do_wherever_they_differ()
    {
        var index = Build();

        for (var a = 0; a < Spellings.Length; a++)
        {
            for (var b = 0; b < Spellings.Length; b++)
            {
                var byPrefix = index.DisplayPrefix(a).CompareTo(index.DisplayPrefix(b));
                var byName = string.CompareOrdinal(index.Of(a).NormalizedName, index.Of(b).NormalizedName);
                Assert.True(byPrefix == 0 || Math.Sign(byPrefix) == Math.Sign(byName), $"{index.Of(a).Name} against {index.Of(b).Name}");
            }
        }
    }

    private static NameIndex Build()
    {
        var index = new NameIndex();
        for (var actor = 0; actor < Spellings.Length; actor++)
        {
            index.Set(actor, new ActorNames(Spellings[actor][0], Spellings[actor]));
        }

        index.Publish();
        return index;
    }
}
