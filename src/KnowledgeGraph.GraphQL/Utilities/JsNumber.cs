using System.Globalization;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// JavaScript's number-to-string and string-to-number conversions. graphql-js formats numbers in error
/// messages and leaf results with <c>String(number)</c> and coerces strings with <c>Number(string)</c>;
/// matching them keeps our messages and results byte-identical to the reference implementation.
/// </summary>
internal static class JsNumber
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

    /// <summary>
    /// Converts a string as ECMAScript's <c>Number(string)</c> does: surrounding white space is ignored,
    /// an empty string is 0, <c>0x</c>/<c>0o</c>/<c>0b</c> prefixes and <c>Infinity</c> are accepted, anything else is NaN.
    /// </summary>
    public static double Parse(string text)
    {
        var trimmed = TrimJsWhiteSpace(text);
        if (trimmed.Length == 0)
        {
            return 0;
        }

        if (trimmed.Length > 2 && trimmed[0] == '0')
        {
            var radix = char.ToLowerInvariant(trimmed[1]) switch
            {
                'x' => 16,
                'o' => 8,
                'b' => 2,
                _ => 0,
            };
            if (radix != 0)
            {
                return ParseRadix(trimmed.AsSpan(2), radix);
            }
        }

        var unsigned = trimmed.AsSpan();
        var negative = false;
        if (unsigned[0] is '+' or '-')
        {
            negative = unsigned[0] == '-';
            unsigned = unsigned[1..];
        }

        if (unsigned.SequenceEqual("Infinity"))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (!IsDecimalLiteral(unsigned))
        {
            return double.NaN;
        }

        var parsed = double.Parse(unsigned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return negative ? -parsed : parsed;
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

    private static double ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        double result = 0;
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => int.MaxValue,
            };
            if (digit >= radix)
            {
                return double.NaN;
            }

            result = (result * radix) + digit;
        }

        return result;
    }

    private static bool IsDecimalLiteral(ReadOnlySpan<char> text)
    {
        var i = 0;
        var integerDigits = CountDigits(text, ref i);
        var fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            fractionDigits = CountDigits(text, ref i);
        }

        if (integerDigits + fractionDigits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static int CountDigits(ReadOnlySpan<char> text, ref int index)
    {
        var start = index;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }

        return index - start;
    }

    private static string TrimJsWhiteSpace(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsJsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsJsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    // ECMAScript WhiteSpace and LineTerminator: tab, VT, FF, space, NBSP, BOM, Unicode Zs, LF, CR, LS, PS.
    private static bool IsJsWhiteSpace(char c) =>
        c is '\t' or '\v' or '\f' or ' ' or '\u00A0' or '\uFEFF' or '\n' or '\r' or '\u2028' or '\u2029'
        || char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;
}
