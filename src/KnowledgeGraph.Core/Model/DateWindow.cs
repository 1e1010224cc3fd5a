namespace KnowledgeGraph.Core.Model;

/// <summary>
/// A closed interval of days that reads filter on. A tie is kept when the interval its date denotes overlaps the
/// window; ties with an unknown date are left out unless <see cref="IncludeUndated"/> is set.
/// </summary>
/// <param name="From">First day in the window; null means unbounded.</param>
/// <param name="To">Last day in the window; null means unbounded.</param>
/// <param name="IncludeUndated">Whether ties with an unknown date pass the filter.</param>
public sealed record DateWindow(DateOnly? From = null, DateOnly? To = null, bool IncludeUndated = false)
{
    /// <summary>No window: every tie passes, dated or not.</summary>
    public static DateWindow All { get; } = new(null, null, IncludeUndated: true);

    /// <summary>
    /// The window spanned by two partial dates: from the start of <paramref name="from"/> to the end of
    /// <paramref name="to"/>, so <c>2023-11 .. 2023-11</c> is the whole of November.
    /// </summary>
    public static DateWindow Between(PartialDate? from, PartialDate? to, bool includeUndated = false) =>
        new(from is { IsUnknown: false } f ? f.Start : null, to is { IsUnknown: false } t ? t.End : null, includeUndated);

    /// <value>True when the window places no bound and lets undated ties through.</value>
    public bool IsUnbounded => From is null && To is null && IncludeUndated;
}
