using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Store;

/// <summary>
/// Where a <see cref="TiePageRequest"/> falls in a list of ties, as positions: every store slices the same way, so
/// page info and cursors mean the same whatever backend answers.
/// </summary>
/// <param name="Start">The position of the page's first tie.</param>
/// <param name="End">One past the position of the page's last tie.</param>
/// <param name="MissingCursor">The cursor argument whose tie is not in the list, if any.</param>
public readonly record struct TiePageSlice(int Start, int End, string? MissingCursor)
{
    /// <summary>Slices a list of <paramref name="count"/> ties.</summary>
    /// <param name="count">How many ties the list holds.</param>
    /// <param name="request">The page asked for.</param>
    /// <param name="positionOf">The position of a tie id in the list, or -1 when it is not there.</param>
    public static TiePageSlice Of(int count, TiePageRequest request, Func<string, int> positionOf)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(positionOf);
        var start = 0;
        var end = count;
        if (request.After is { } after)
        {
            var position = positionOf(after);
            if (position < 0)
            {
                return new TiePageSlice(0, 0, "after");
            }

            start = position + 1;
        }

        if (request.Before is { } before)
        {
            var position = positionOf(before);
            if (position < 0)
            {
                return new TiePageSlice(0, 0, "before");
            }

            end = position;
        }

        end = Math.Max(start, end);
        if (request.First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (request.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        return new TiePageSlice(start, end, null);
    }

    /// <value>How many ties the page holds.</value>
    public int Length => End - Start;

    /// <summary>The page holding <paramref name="ties"/>, the slice's ties in order, out of <paramref name="count"/>.</summary>
    public TiePage PageOf(IReadOnlyList<Tie> ties, int count) =>
        MissingCursor is null ? new TiePage(ties, count, Start > 0, End < count) : new TiePage([], count, false, false) { MissingCursor = MissingCursor };
}
