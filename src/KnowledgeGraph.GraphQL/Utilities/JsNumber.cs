using System.Globalization;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// JavaScript's number-to-string and string-to-number conversions. graphql-js formats numbers in error
/// messages and leaf results with <c>String(number)</c> and coerces strings with <c>Number(string)</c>;
/// matching them keeps our messages and results byte-identical to the reference implementation.
/// </summary>
internal static partial class JsNumber
{
    /// <summary>Formats a double as ECMAScript's <c>Number::toString</c> does (<c>1e+21</c>, <c>1.5</c>, <c>-0</c> as <c>0</c>).</summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        if (Math.Abs(value) < 1e15 && value == Math.Floor(value))
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var text = Layout(digits, exponent);
        return value < 0 ? "-" + text : text;
    }

    /// <summary>Whether a double is an integer (<c>Number.isInteger</c>).</summary>
    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    private static (string Digits, int Exponent) ShortestDigits(double value)
    {
        // "R" yields the shortest digits that round-trip, which is what ECMAScript requires.
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentIndex = roundTrip.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentIndex < 0 ? roundTrip : roundTrip[..exponentIndex];
        var exponent = exponentIndex < 0 ? 0 : int.Parse(roundTrip.AsSpan(exponentIndex + 1), CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point < 0 ? mantissa.Length : point;
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var n = integerDigits + exponent;
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        return (digits, n - leadingZeros);
    }

    private static string Layout(string digits, int n)
    {
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var e = n - 1;
        var exponent = (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        return k == 1 ? digits + "e" + exponent : digits[..1] + "." + digits[1..] + "e" + exponent;
    }
}
