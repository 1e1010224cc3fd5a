using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Tests.Conformance;

/// <summary>
/// An open engine defect the corpus finds, matched narrowly so the rest of each schema's corpus still has to agree
/// with graphql-js. Unlike an <see cref="AllowedDifference"/>, graphql-js is right here: each entry is a bug to fix,
/// listed under "Known engine defects" in ALLOWED_DIFFERENCES.md, and it is removed once the engine is fixed.
/// </summary>
internal sealed record KnownDefect(string Title, Func<JsonElement, JsonElement, bool> Applies)
{
    public static IReadOnlyList<KnownDefect> All { get; } = [];
}
