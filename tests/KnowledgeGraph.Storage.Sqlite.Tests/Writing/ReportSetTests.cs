using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.Writing;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Writing;

public sealed class ReportSetTests
{
    [Fact]
    public void A_report_is_new_once_and_a_repeat_after()
    {
        var ties = new List<Tie> { Tie("t-1", "attacked the base"), Tie("t-2", "attacked the base"), Tie("t-3", "attacked the base again") };
        var set = new ReportSet(ties);

        Assert.Equal([true, false, true], Enumerable.Range(0, 3).Select(set.Add));
    }

    [Fact]
    public void Reports_differing_in_any_field_of_the_content_key_are_different()
    {
        var original = Tie("t-0", "words");
        var ties = new List<Tie>
        {
            original,
            original with { Id = "t-1", Type = TieType.MetWith },
            original with { Id = "t-2", Source = "c" },
            original with { Id = "t-3", Target = "c" },
            original with { Id = "t-4", Article = "other" },
            original with { Id = "t-5", Date = PartialDate.OfYear(2023) },
            original with { Id = "t-6", Date = PartialDate.OfMonth(2023, 1) },
            original with { Id = "t-7", Evidence = "word" },
            original with { Id = "t-8", Source = "ab", Target = "" },
        };
        var set = new ReportSet(ties);

        Assert.All(Enumerable.Range(0, ties.Count), i => Assert.True(set.Add(i), $"tie {i} was taken for a repeat"));
    }

    [Fact]
    public void Location_and_note_are_not_part_of_the_report()
    {
        var ties = new List<Tie> { Tie("t-1", "words"), Tie("t-2", "words") with { Location = "Baghdad", Note = "second source" } };
        var set = new ReportSet(ties);

        Assert.True(set.Add(0));
        Assert.False(set.Add(1));
    }

    private static Tie Tie(string id, string evidence) => new() { Id = id, Type = TieType.Attacked, Source = "a", Target = "b", Article = "r", Evidence = evidence };
}
