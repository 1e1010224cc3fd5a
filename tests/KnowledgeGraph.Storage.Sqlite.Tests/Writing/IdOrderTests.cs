using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.Writing;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Writing;

public sealed class IdOrderTests
{
    [Fact]
    public void Ties_come_out_in_ordinal_order_of_their_ids()
    {
        var random = new Random(3);
        var ids = Enumerable.Range(0, 5_000).Select(_ => "t-" + random.Next(0, 50_000).ToString("x", System.Globalization.CultureInfo.InvariantCulture))
            .Concat(["t-", "t-0", "t-00", "t-a", "t-aaaa", "t-aaaa1", "t-aaaa0", "u", "t"])
            .Distinct()
            .ToList();

        var sorted = IdOrder.Sort(ids.ConvertAll(Tie));

        Assert.Equal(ids.Order(StringComparer.Ordinal), sorted.Select(t => t.Id));
    }

    [Fact]
    public void Ids_that_share_a_long_prefix_still_sort_by_what_follows_it()
    {
        var ids = new[] { "report-2024-zz", "report-2024-aa", "report-2024-ab", "report-2024-a" };

        Assert.Equal(ids.Order(StringComparer.Ordinal), IdOrder.Sort(ids.Select(Tie).ToList()).Select(t => t.Id));
    }

    [Fact]
    public void No_ties_sort_to_none()
    {
        Assert.Empty(IdOrder.Sort([]));
    }

    private static Tie Tie(string id) => new() { Id = id, Type = TieType.Attacked, Source = "a", Target = "b", Article = "r", Evidence = "e" };
}
