using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KnowledgeGraph.Core.Model;

/// <summary>
/// A date as a source states it: a day, a month, a year, or nothing. It denotes an interval
/// (<c>2023-11</c> is the whole of November 2023), which is what date-window filters compare.
/// </summary>
public readonly record struct PartialDate
{
    private PartialDate(DatePrecision precision, DateOnly start)
    {
        Precision = precision;
        Start = start;
    }

    /// <summary>The date a source does not give.</summary>
    public static PartialDate Unknown { get; } = new(DatePrecision.Unknown, default);

    /// <value>How much of the date is known.</value>
    public DatePrecision Precision { get; }

    /// <value>The first day of the interval; meaningless when <see cref="IsUnknown"/>.</value>
    public DateOnly Start { get; }

    /// <value>The last day of the interval; meaningless when <see cref="IsUnknown"/>.</value>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => new DateOnly(Start.Year, Start.Month, DateTime.DaysInMonth(Start.Year, Start.Month)),
        DatePrecision.Year => new DateOnly(Start.Year, 12, 31),
        _ => Start,
    };

    public bool IsUnknown => Precision == DatePrecision.Unknown;

    public static PartialDate OfDay(int year, int month, int day) => new(DatePrecision.Day, new DateOnly(year, month, day));

    public static PartialDate OfMonth(int year, int month) => new(DatePrecision.Month, new DateOnly(year, month, 1));

    public static PartialDate OfYear(int year) => new(DatePrecision.Year, new DateOnly(year, 1, 1));

    /// <summary>
    /// Reads a date whose precision is stated separately, as in the import format. Fails when the text is not
    /// ISO-8601 (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>) or its shape disagrees with the precision.
    /// </summary>
    public static bool TryParse(string? text, DatePrecision precision, out PartialDate date, [NotNullWhen(false)] out string? error)
    {
        date = Unknown;
        if (precision == DatePrecision.Unknown)
        {
            error = string.IsNullOrEmpty(text) ? null : $"a date with precision UNKNOWN must be null, got \"{text}\"";
            return error is null;
        }

        if (string.IsNullOrEmpty(text))
        {
            error = $"a date is required when the precision is {PrecisionName(precision)}";
            return false;
        }

        if (!TryParseIso(text, out var parsed))
        {
            error = $"\"{text}\" is not an ISO-8601 date (YYYY, YYYY-MM or YYYY-MM-DD)";
            return false;
        }

        if (parsed.Precision != precision)
        {
            error = $"\"{text}\" has precision {PrecisionName(parsed.Precision)} but {PrecisionName(precision)} was given";
            return false;
        }

        date = parsed;
        error = null;
        return true;
    }

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, taking the precision from the shape.</summary>
    public static bool TryParseIso(string? text, out PartialDate date)
    {
        date = Unknown;
        if (text is null)
        {
            return false;
        }

        var ok = text.Length switch
        {
            4 => TryYear(text, out var y) && Assign(OfYear(y), out date),
            7 => text[4] == '-' && TryYear(text, out var y) && TryTwoDigits(text, 5, 1, 12, out var m) && Assign(OfMonth(y, m), out date),
            10 => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                  && Assign(new PartialDate(DatePrecision.Day, d), out date),
            _ => false,
        };
        return ok;
    }

    /// <summary>True when the interval this date denotes overlaps <paramref name="window"/>.</summary>
    public bool Overlaps(DateWindow window)
    {
        if (IsUnknown)
        {
            return window.IncludeUndated;
        }

        return (window.From is not { } from || End >= from) && (window.To is not { } to || Start <= to);
    }

    /// <summary>The ISO text at this date's precision, or null when unknown.</summary>
    public string? ToIsoString() => Precision switch
    {
        DatePrecision.Day => string.Create(10, Start, static (text, day) => WriteIso(text, day)),
        DatePrecision.Month => string.Create(7, Start, static (text, day) => WriteIso(text, day)),
        DatePrecision.Year => string.Create(4, Start, static (text, day) => WriteIso(text, day)),
        _ => null,
    };

    // yyyy, yyyy-MM or yyyy-MM-dd by the length of text, written digit by digit: every date of an API response goes
    // through here, and a custom DateTime format string costs several times as much.
    private static void WriteIso(Span<char> text, DateOnly day)
    {
        WriteDigits(text[..4], day.Year);
        if (text.Length > 4)
        {
            text[4] = '-';
            WriteDigits(text[5..7], day.Month);
        }

        if (text.Length > 7)
        {
            text[7] = '-';
            WriteDigits(text[8..10], day.Day);
        }
    }

    private static void WriteDigits(Span<char> digits, int value)
    {
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    public override string ToString() => ToIsoString() ?? "unknown";

    /// <summary>The wire name of a precision, as the import format and the API spell it.</summary>
    public static string PrecisionName(DatePrecision precision) => WireNames.Of(precision);

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 1;

    private static bool TryTwoDigits(string text, int at, int min, int max, out int value) =>
        int.TryParse(text.AsSpan(at, 2), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    private static bool Assign(PartialDate value, out PartialDate target)
    {
        target = value;
        return true;
    }
}
