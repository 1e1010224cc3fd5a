using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// What traversal queries must satisfy. Out-of-range numbers are caller mistakes (<see cref="ArgumentException"/>);
/// an unknown actor is a fact about the graph, reported like a rule violation with the field's path.
/// </summary>
internal static class QueryChecks
{
    public static ArgumentException? Neighbourhood(NeighbourhoodQuery query)
    {
        if (query.ActorIds is not { Count: > 0 })
        {
            return new ArgumentException("A neighbourhood needs at least one seed actor.", nameof(query));
        }

        if (query.Depth is < 0 or > NeighbourhoodQuery.MaxDepth)
        {
            return new ArgumentOutOfRangeException(nameof(query), query.Depth, $"The depth must be between 0 and {NeighbourhoodQuery.MaxDepth}.");
        }

        return query.MaxNodes < 1 ? new ArgumentOutOfRangeException(nameof(query), query.MaxNodes, "The node cap must be at least 1.") : null;
    }

    public static ArgumentException? Paths(PathQuery query)
    {
        if (query.MaxLength is < 1 or > PathQuery.MaxHops)
        {
            return new ArgumentOutOfRangeException(nameof(query), query.MaxLength, $"The maximum length must be between 1 and {PathQuery.MaxHops}.");
        }

        return query.Limit < 1 ? new ArgumentOutOfRangeException(nameof(query), query.Limit, "The limit must be at least 1.") : null;
    }

    public static List<int> ResolveSeeds(GraphModel model, IReadOnlyCollection<string> ids)
    {
        var violations = new List<RuleViolation>();
        var seeds = new List<int>(ids.Count);
        var i = 0;
        foreach (var id in ids)
        {
            var actor = id is null ? -1 : model.ResolveActor(id);
            if (actor < 0)
            {
                violations.Add(Unknown(id, $"$.actorIds[{i}]"));
            }

            seeds.Add(actor);
            i++;
        }

        GraphRules.ThrowIfAny(violations);
        return seeds;
    }

    public static (int From, int To) ResolveEnds(GraphModel model, PathQuery query)
    {
        var from = query.From is null ? -1 : model.ResolveActor(query.From);
        var to = query.To is null ? -1 : model.ResolveActor(query.To);
        var violations = new List<RuleViolation>();
        if (from < 0)
        {
            violations.Add(Unknown(query.From, "$.from"));
        }

        if (to < 0)
        {
            violations.Add(Unknown(query.To, "$.to"));
        }

        GraphRules.ThrowIfAny(violations);
        return (from, to);
    }

    private static RuleViolation Unknown(string? id, string path) => new(ViolationCodes.UnknownActor, path, $"no actor has the id \"{id}\"");
}
