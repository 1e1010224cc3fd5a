using System.Globalization;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>
/// How partial dates and instants are stored: a partial date as the ISO first and last day of its interval plus its
/// precision, so a window filter is two string comparisons; an instant as round-trip ISO text.
/// </summary>
internal static class DateColumns
{
    public static string Precision(PartialDate date) => WireNames.Of(date.Precision);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static PartialDate Read(string? start, string precision)
    {
        if (!WireNames.TryParse(precision, out DatePrecision parsed))
        {
            throw new InvalidDataException($"\"{precision}\" is not a date precision.");
        }

        if (parsed == DatePrecision.Unknown || start is null)
        {
            return PartialDate.Unknown;
        }

        var day = ParseDay(start);
        return parsed switch
        {
            DatePrecision.Day => PartialDate.OfDay(day.Year, day.Month, day.Day),
            DatePrecision.Month => PartialDate.OfMonth(day.Year, day.Month),
            _ => PartialDate.OfYear(day.Year),
        };
    }

    /// <summary>Reads <c>YYYY-MM-DD</c> without the general parser: the read model loads a million of these at open.</summary>
    public static DateOnly ParseDay(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            throw new InvalidDataException($"\"{text}\" is not a stored day (YYYY-MM-DD).");
        }

        return new DateOnly(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2));
    }

    public static string Instant(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadInstant(string text) =>
        DateTimeOffset.ParseExact(text, "o", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static int Digits(string text, int at, int count)
    {
        var value = 0;
        for (var i = at; i < at + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new InvalidDataException($"\"{text}\" is not a stored day (YYYY-MM-DD).");
            }

            value = (value * 10) + digit;
        }

        return value;
    }
}
