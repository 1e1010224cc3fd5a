using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// What traversal queries must satisfy, as the contract pins it: out-of-range numbers are caller mistakes
/// (<see cref="ArgumentException"/>); an unknown actor is reported like a rule violation with the field's path.
/// </summary>
internal static class QueryChecks
{
    public static void Neighbourhood(NeighbourhoodQuery query)
    {
        if (query.ActorIds is not { Count: > 0 })
        {
            throw new ArgumentException("A neighbourhood needs at least one seed actor.", nameof(query));
        }

        if (query.Depth is < 0 or > NeighbourhoodQuery.MaxDepth)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Depth, $"The depth must be between 0 and {NeighbourhoodQuery.MaxDepth}.");
        }

        if (query.MaxNodes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.MaxNodes, "The node cap must be at least 1.");
        }
    }

    public static void Paths(PathQuery query)
    {
        if (query.MaxLength is < 1 or > PathQuery.MaxHops)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.MaxLength, $"The maximum length must be between 1 and {PathQuery.MaxHops}.");
        }

        if (query.Limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "The limit must be at least 1.");
        }
    }

    /// <summary>Throws <c>UNKNOWN_ACTOR</c> at each path whose id did not resolve.</summary>
    public static void Known(IReadOnlyDictionary<string, string> resolved, IEnumerable<(string? Id, string Path)> asked)
    {
        var violations = asked
            .Where(a => a.Id is null || !resolved.ContainsKey(a.Id))
            .Select(a => new RuleViolation(ViolationCodes.UnknownActor, a.Path, $"no actor has the id \"{a.Id}\""))
            .ToList();
        GraphRules.ThrowIfAny(violations);
    }
}
