using System.Collections;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Conformance.Bindings;

/// <summary>
/// How the recipes read values, as the node side (Reference/modes/conformance/recipes.js) reads them:
/// dotted paths through dictionaries, "present" meaning neither null nor absent, and JavaScript's
/// <c>String(value)</c> for comparisons.
/// </summary>
internal static class RecipeValues
{
    /// <summary>Follows a dotted path through dictionaries; null when any step is missing.</summary>
    public static object? Read(object? value, string path)
    {
        var current = value;
        foreach (var key in path.Split('.'))
        {
            if (current is not IReadOnlyDictionary<string, object?> entries || !entries.TryGetValue(key, out current))
            {
                return null;
            }
        }

        return current;
    }

    public static bool IsPresent(object? value) => value is not null;

    /// <summary>JavaScript's <c>String(value)</c> for the values data and arguments hold.</summary>
    public static string JsString(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        int number => JsValue.NumberText(number),
        double number => JsValue.NumberText(number),
        _ => throw new InvalidOperationException($"No JavaScript string form for {value.GetType()}."),
    };

    public static double Number(object? value) => value switch
    {
        int number => number,
        double number => number,
        _ => throw new InvalidOperationException($"Not a number: {value}."),
    };

    public static bool IsNumber(object? value) => value is int or double;

    /// <summary>The items of a list value (data lists, coerced argument arrays); null when it is not a list.</summary>
    public static IReadOnlyList<object?>? Items(object? value) => value switch
    {
        IReadOnlyList<object?> items => items,
        IList items => items.Cast<object?>().ToList(),
        _ => null,
    };
}
