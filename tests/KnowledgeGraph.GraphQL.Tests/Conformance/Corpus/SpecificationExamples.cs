using System.Text.RegularExpressions;

namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

/// <summary>
/// The examples of the GraphQL specification's validation section (October 2021 edition and the
/// current draft, section 5), valid and invalid, over its dog-and-cat type system (the pets schema).
/// The specification shows many examples as fragments alone; each such example is also compared
/// wrapped in an operation that spreads its fragments, so the fragments get executed too.
/// </summary>
internal static partial class SpecificationExamples
{
    /// <summary>The root field whose type a fragment on the given type condition can be spread in.</summary>
    private static readonly Dictionary<string, string> SpreadSites = new(StringComparer.Ordinal)
    {
        ["Dog"] = "dog",
        ["Pet"] = "pet",
        ["Cat"] = "pet",
        ["CatOrDog"] = "catOrDog",
        ["DogOrHuman"] = "dogOrHuman",
        ["HumanOrAlien"] = "humanOrAlien",
        ["Human"] = "human",
        ["Sentient"] = "human",
        ["Arguments"] = "arguments",
        ["Node"] = "node",
        ["Resource"] = "resource",
    };

    public static IReadOnlyList<ConformanceCase> All { get; } =
    [
        .. Operations(), .. Fields(), .. Arguments(), .. Fragments(), .. Values(), .. Directives(), .. Variables(),
    ];

    private static IEnumerable<ConformanceCase> Example(string section, string name, string source, string? variables = null, string? operationName = null)
    {
        yield return new ConformanceCase($"spec {section}: {name}", source, variables, operationName);
        if (source.TrimStart().StartsWith("fragment", StringComparison.Ordinal))
        {
            yield return new ConformanceCase($"spec {section}: {name} (spread in an operation)", Wrapped(source), variables);
        }
    }

    private static string Wrapped(string fragments)
    {
        var spreads = FragmentDefinition().Matches(fragments)
            .Select(m => SpreadSites.TryGetValue(m.Groups[2].Value, out var field) ? $"{field} {{ ...{m.Groups[1].Value} }}" : $"...{m.Groups[1].Value}");
        var variables = VariableUse().Matches(fragments).Select(m => m.Groups[1].Value).Distinct().ToList();
        var definitions = variables.Count == 0 ? string.Empty : "(" + string.Join(", ", variables.Select(v => $"${v}: {VariableType(v)}")) + ")";
        return $"query wrapped{definitions} {{\n  {string.Join("\n  ", spreads)}\n}}\n\n{fragments}";
    }

    /// <summary>The type the examples' variables have where they are used.</summary>
    private static string VariableType(string name) => name switch
    {
        "atOtherHomes" or "foo" or "bar" => "Boolean",
        _ => "DogCommand!",
    };

    [GeneratedRegex(@"fragment\s+(\w+)\s+on\s+(\w+)")]
    private static partial Regex FragmentDefinition();

    [GeneratedRegex(@"\$(\w+)")]
    private static partial Regex VariableUse();
}
