using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// Reads CLR values with JavaScript's eyes, so coercion rules written for JavaScript values apply to
/// what C# resolvers return and what JSON variables contain: every CLR number is a "number", JSON
/// primitives are unwrapped, and values JavaScript would turn into a string with <c>toJSON</c>
/// (dates, GUIDs, URIs) become that string.
/// </summary>
internal static class JsValue
{
    /// <summary>A cached boxed <see langword="true"/>.</summary>
    public static readonly object True = true;

    /// <summary>A cached boxed <see langword="false"/>.</summary>
    public static readonly object False = false;

    /// <summary>Boxes a boolean without allocating.</summary>
    public static object Box(bool value) => value ? True : False;

    /// <summary>
    /// Unwraps JSON primitives and applies <c>toJSON</c>-like conversions (graphql-js's <c>serializeObject</c>);
    /// other values are returned unchanged.
    /// </summary>
    public static object? Primitive(object? value)
    {
        if (value is JsonElement element)
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => JsonStrings.Read(element),
                JsonValueKind.Number => element.GetDouble(),
                JsonValueKind.True => True,
                JsonValueKind.False => False,
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value,
            };
        }

        return value is null or string or bool or int or double ? value : ValueInspector.JsonLikeText(value) ?? value;
    }

    /// <summary>Whether a value is a CLR number; if so, its value as a double.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case double d: number = d; return true;
            case long l: number = l; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>A number's text as JavaScript's <c>String(number)</c> gives it.</summary>
    public static string NumberText(double number) => number == Math.Floor(number) && Math.Abs(number) < 1e15
        ? ((long)number).ToString(CultureInfo.InvariantCulture)
        : JsNumber.ToString(number);
}
