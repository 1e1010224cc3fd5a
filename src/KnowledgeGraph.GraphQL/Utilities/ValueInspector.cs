using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// Renders any value for an error message the way graphql-js's <c>inspect</c> renders JavaScript values:
/// strings JSON-quoted, lists as <c>[1, 2]</c> (at most ten items), objects as <c>{ key: value }</c>,
/// nesting deeper than two levels abbreviated. Types and other values that JavaScript would turn into a
/// string through <c>toJSON</c> (GraphQL types, dates, GUIDs) appear unquoted.
/// </summary>
internal static partial class ValueInspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    /// <summary>Renders a value as graphql-js's <c>inspect</c> would.</summary>
    public static string Inspect(object? value) => Format(value, []);

    private static string Format(object? value, List<object> seen)
    {
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return JsonString(text);
            case bool flag:
                return flag ? "true" : "false";
            case char character:
                return JsonString(character.ToString());
            case JsonElement element:
                return FormatJson(element, seen);
            case Delegate function:
                return function.Method.Name is { Length: > 0 } name && !name.Contains('<', StringComparison.Ordinal)
                    ? "[function " + name + "]"
                    : "[function]";
            case Enum member:
                return JsonString(member.ToString());
        }

        if (TryFormatNumber(value, out var number))
        {
            return number;
        }

        if (JsonLikeText(value) is { } text2)
        {
            return text2;
        }

        return FormatObject(value, seen);
    }

    /// <summary>Formats CLR numbers as JavaScript numbers.</summary>
    public static bool TryFormatNumber(object value, out string text)
    {
        switch (value)
        {
            case int or long or short or sbyte or byte or ushort or uint or ulong:
                text = Convert.ToString(value, CultureInfo.InvariantCulture)!;
                return true;
            case double d:
                text = JsNumber.ToString(d);
                return true;
            case float f:
                text = JsNumber.ToString(f);
                return true;
            case decimal m:
                text = JsNumber.ToString((double)m);
                return true;
            default:
                text = string.Empty;
                return false;
        }
    }

    /// <summary>The text JavaScript's <c>toJSON</c> would produce for values that have one, or null.</summary>
    public static string? JsonLikeText(object value) => value switch
    {
        Types.GraphQLType type => type.ToString(),
        Types.GraphQLDirective directive => "@" + directive.Name,
        DateTime date => date.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset date => date.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Guid guid => guid.ToString("D"),
        Uri uri => uri.ToString(),
        _ => null,
    };

    private static string FormatObject(object value, List<object> seen)
    {
        if (seen.Contains(value))
        {
            return "[Circular]";
        }

        var nested = new List<object>(seen) { value };
        if (DictionaryEntries(value) is { } entries)
        {
            return FormatEntries(entries, nested, "Object");
        }

        if (value is IEnumerable items)
        {
            return FormatArray(items.Cast<object?>(), nested);
        }

        var properties = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => new KeyValuePair<string, object?>(p.Name, p.GetValue(value)));
        return FormatEntries(properties, nested, value.GetType().Name);
    }

    private static IEnumerable<KeyValuePair<string, object?>>? DictionaryEntries(object value) => value switch
    {
        IEnumerable<KeyValuePair<string, object?>> pairs => pairs,
        IDictionary dictionary => dictionary.Cast<DictionaryEntry>()
            .Select(e => new KeyValuePair<string, object?>(Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? string.Empty, e.Value)),
        _ => null,
    };

    private static string FormatEntries(IEnumerable<KeyValuePair<string, object?>> entries, List<object> seen, string tag)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return "{}";
        }

        if (seen.Count > MaxRecursiveDepth)
        {
            return "[" + tag + "]";
        }

        var builder = new StringBuilder("{ ");
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(list[i].Key).Append(": ").Append(Format(list[i].Value, seen));
        }

        return builder.Append(" }").ToString();
    }

    private static string FormatArray(IEnumerable<object?> items, List<object> seen)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return "[]";
        }

        if (seen.Count > MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var shown = Math.Min(MaxArrayLength, list.Count);
        var parts = new List<string>(shown + 1);
        for (var i = 0; i < shown; i++)
        {
            parts.Add(Format(list[i], seen));
        }

        var remaining = list.Count - shown;
        if (remaining == 1)
        {
            parts.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            parts.Add("... " + remaining.ToString(CultureInfo.InvariantCulture) + " more items");
        }

        return "[" + string.Join(", ", parts) + "]";
    }

    private static string FormatJson(JsonElement element, List<object> seen) => element.ValueKind switch
    {
        JsonValueKind.String => JsonString(JsonStrings.Read(element)),
        JsonValueKind.Number => JsNumber.ToString(element.GetDouble()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => FormatArray(element.EnumerateArray().Select(e => (object?)e), [.. seen, new object()]),
        JsonValueKind.Object => FormatEntries(
            element.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)),
            [.. seen, new object()],
            "Object"),
        _ => "null",
    };
}
