using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2023-11-20", DatePrecision.Day, "2023-11-20", "2023-11-20")]
    [InlineData("2023-11", DatePrecision.Month, "2023-11-01", "2023-11-30")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2023", DatePrecision.Year, "2023-01-01", "2023-12-31")]
    [InlineData("9999", DatePrecision.Year, "9999-01-01", "9999-12-31")]
    [InlineData("9999-12", DatePrecision.Month, "9999-12-01", "9999-12-31")]
    public void A_date_denotes_the_interval_its_precision_covers(string text, DatePrecision precision, string start, string end)
    {
        Assert.True(PartialDate.TryParse(text, precision, out var date, out var error), error);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
        Assert.Equal(text, date.ToIsoString());
    }

    [Theory]
    [InlineData("2023-11", DatePrecision.Day, "has precision MONTH but DAY was given")]
    [InlineData("2023-11-20", DatePrecision.Year, "has precision DAY but YEAR was given")]
    [InlineData("20/11/2023", DatePrecision.Day, "is not an ISO-8601 date")]
    [InlineData("2023-13", DatePrecision.Month, "is not an ISO-8601 date")]
    [InlineData("2023-02-30", DatePrecision.Day, "is not an ISO-8601 date")]
    [InlineData("November 2023", DatePrecision.Month, "is not an ISO-8601 date")]
    [InlineData(null, DatePrecision.Day, "a date is required when the precision is DAY")]
    [InlineData("2023", DatePrecision.Unknown, "must be null")]
    public void A_date_that_is_not_iso_or_disagrees_with_its_precision_is_refused(string? text, DatePrecision precision, string expected)
    {
        Assert.False(PartialDate.TryParse(text, precision, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_date_needs_no_text()
    {
        Assert.True(PartialDate.TryParse(null, DatePrecision.Unknown, out var date, out _));
        Assert.True(date.IsUnknown);
        Assert.Null(date.ToIsoString());
    }

    [Fact]
    public void A_month_precision_date_overlaps_a_window_inside_that_month()
    {
        var november = PartialDate.OfMonth(2023, 11);
        var window = new DateWindow(new DateOnly(2023, 11, 10), new DateOnly(2023, 11, 12));

        Assert.True(november.Overlaps(window));
    }

    [Fact]
    public void A_date_outside_the_window_does_not_overlap_it()
    {
        var window = DateWindow.Between(PartialDate.OfMonth(2023, 11), PartialDate.OfMonth(2023, 11));

        Assert.False(PartialDate.OfDay(2023, 10, 31).Overlaps(window));
        Assert.False(PartialDate.OfDay(2023, 12, 1).Overlaps(window));
        Assert.True(PartialDate.OfDay(2023, 11, 30).Overlaps(window));
        Assert.True(PartialDate.OfYear(2023).Overlaps(window));
    }

    [Fact]
    public void Undated_ties_pass_a_window_only_when_asked_for()
    {
        Assert.False(PartialDate.Unknown.Overlaps(new DateWindow(new DateOnly(2023, 1, 1))));
        Assert.True(PartialDate.Unknown.Overlaps(new DateWindow(new DateOnly(2023, 1, 1), IncludeUndated: true)));
    }

    [Fact]
    public void Open_ended_windows_bound_one_side_only()
    {
        var fromNovember = new DateWindow(From: new DateOnly(2023, 11, 1));

        Assert.True(PartialDate.OfYear(2024).Overlaps(fromNovember));
        Assert.False(PartialDate.OfMonth(2023, 10).Overlaps(fromNovember));
    }
}
