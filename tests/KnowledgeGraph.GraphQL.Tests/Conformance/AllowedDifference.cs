using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Tests.Conformance;

/// <summary>
/// A difference from graphql-js the conformance tests accept, because graphql-js deviates from the
/// specification there; each one is explained in ALLOWED_DIFFERENCES.md under the same title.
/// </summary>
/// <param name="Title">The heading in ALLOWED_DIFFERENCES.md.</param>
/// <param name="Applies">Whether a differing case (with graphql-js's outcome, then ours) is this difference.</param>
internal sealed record AllowedDifference(string Title, Func<ConformanceCase, JsonElement, JsonElement, bool> Applies)
{
    public static IReadOnlyList<AllowedDifference> All { get; } =
    [
        new(
            "Variables given as a JSON array",
            (item, expected, ours) =>
                item.Variables?.TrimStart().StartsWith('[') == true
                && expected.GetProperty("stage").GetString() == "execution"
                && ours.GetProperty("stage").GetString() == "thrown"
                && ours.GetProperty("message").GetString()!.StartsWith("Variables must be provided as an Object", StringComparison.Ordinal)),
    ];
}
