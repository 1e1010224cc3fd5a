using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Export.Sources;

public sealed class DayIntervalTests
{
    [Fact]
    public void A_partial_date_spans_its_whole_day_month_or_year_and_an_unknown_date_nothing()
    {
        Assert.Equal(new DayInterval(new(2024, 2, 1), new(2024, 2, 29)), DayInterval.Of(PartialDate.OfMonth(2024, 2)));
        Assert.Equal(new DayInterval(new(2023, 1, 1), new(2023, 12, 31)), DayInterval.Of(PartialDate.OfYear(2023)));
        Assert.Equal(new DayInterval(new(2023, 11, 5), new(2023, 11, 5)), DayInterval.Of(PartialDate.OfDay(2023, 11, 5)));
        Assert.Null(DayInterval.Of(PartialDate.Unknown));
    }

    [Fact]
    public void A_union_merges_overlapping_intervals_and_keeps_the_rest_apart_in_date_order()
    {
        var union = DayInterval.Union(
        [
            new(new(2024, 1, 1), new(2024, 12, 31)),
            new(new(2023, 11, 5), new(2023, 11, 5)),
            new(new(2023, 11, 1), new(2023, 11, 30)),
            new(new(2023, 12, 1), new(2023, 12, 1)),
            new(new(2024, 3, 3), new(2024, 3, 3)),
            new(new(2023, 11, 30), new(2023, 11, 30)),
        ]);

        Assert.Equal(
        [
            new DayInterval(new(2023, 11, 1), new(2023, 11, 30)),
            new DayInterval(new(2023, 12, 1), new(2023, 12, 1)),
            new DayInterval(new(2024, 1, 1), new(2024, 12, 31)),
        ], union);
    }

    [Fact]
    public void A_node_spans_its_dated_edges_and_ignores_undated_ones()
    {
        var span = default(NodeSpan);
        Assert.Null(span.Span);
        span.Observe(null);
        Assert.Null(span.Span);
        span.Observe(DayInterval.Of(PartialDate.OfMonth(2023, 11)));
        span.Observe(null);
        span.Observe(DayInterval.Of(PartialDate.OfDay(2021, 6, 2)));
        Assert.Equal(new DayInterval(new(2021, 6, 2), new(2023, 11, 30)), span.Span);
    }
}
