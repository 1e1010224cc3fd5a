using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>Compares what a reader reports with what an export must contain, listing every difference at once.</summary>
internal static class ReaderAssert
{
    /// <summary>The ids a reader saw (the names of a report object's properties) equal the expected ids.</summary>
    public static void SameIds(IEnumerable<string> expected, JsonElement actual, string what)
    {
        var seen = actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var wanted = expected.Order(StringComparer.Ordinal).ToList();
        Assert.True(wanted.SequenceEqual(seen),
            $"{what}: missing {string.Join(", ", wanted.Except(seen).Take(5))}; unexpected {string.Join(", ", seen.Except(wanted).Take(5))}");
    }

    /// <summary>
    /// Every expected attribute is present with an equal value, or absent (or null) when the expected value is null.
    /// Numbers compare as numbers, whatever type the reader gave them.
    /// </summary>
    public static void Attributes(IReadOnlyDictionary<string, object?> expected, JsonElement actual, string what, List<string> mismatches)
    {
        foreach (var (name, value) in expected)
        {
            var present = actual.TryGetProperty(name, out var found) && found.ValueKind != JsonValueKind.Null;
            if (value is null)
            {
                if (present)
                {
                    mismatches.Add($"{what}.{name}: expected no value, got {found}");
                }

                continue;
            }

            if (!present)
            {
                mismatches.Add($"{what}.{name}: expected {Show(value)}, got nothing");
            }
            else if (!Equal(value, found))
            {
                mismatches.Add($"{what}.{name}: expected {Show(value)}, got {found}");
            }
        }
    }

    public static void NoMismatches(List<string> mismatches) =>
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} differences, the first: {string.Join("\n", mismatches.Take(10))}");

    public static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Equal(object expected, JsonElement actual) => expected switch
    {
        string text => actual.ValueKind == JsonValueKind.String && actual.GetString() == text,
        bool flag => actual.ValueKind == (flag ? JsonValueKind.True : JsonValueKind.False),
        int or double => actual.ValueKind == JsonValueKind.Number && actual.GetDouble() == Convert.ToDouble(expected, CultureInfo.InvariantCulture),
        IEnumerable<string> list => actual.ValueKind == JsonValueKind.Array && actual.EnumerateArray().Select(e => e.GetString()).SequenceEqual(list),
        _ => throw new ArgumentException($"cannot compare a {expected.GetType().Name}"),
    };

    private static string Show(object value) => value is string text ? text : value is IEnumerable<string> list ? $"[{string.Join(", ", list)}]" : $"{value}";
}
