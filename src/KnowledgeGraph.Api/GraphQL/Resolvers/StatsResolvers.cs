using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>The graph's counts, every kind and type listed even when zero.</summary>
internal static class StatsResolvers
{
    public static SchemaBuilder AddStatsResolvers(this SchemaBuilder schema) => schema
        .AddResolver("Stats.actors", c => ((GraphCounts)c.Source!).ActorsByKind.Values.Sum())
        .AddResolver("Stats.ties", c => ((GraphCounts)c.Source!).TiesByType.Values.Sum())
        .AddResolver("Stats.actorsByKind", c => Enum.GetValues<ActorKind>()
            .Select(k => new Dictionary<string, object?> { ["kind"] = k, ["count"] = ((GraphCounts)c.Source!).ActorsByKind.GetValueOrDefault(k) })
            .ToArray())
        .AddResolver("Stats.tiesByType", c => Enum.GetValues<TieType>()
            .Select(t => new Dictionary<string, object?> { ["type"] = t, ["count"] = ((GraphCounts)c.Source!).TiesByType.GetValueOrDefault(t) })
            .ToArray())
        .AddResolver("Stats.earliestDate", c => ((GraphCounts)c.Source!).EarliestDate is { } d ? PartialDate.OfDay(d.Year, d.Month, d.Day) : null)
        .AddResolver("Stats.latestDate", c => ((GraphCounts)c.Source!).LatestDate is { } d ? PartialDate.OfDay(d.Year, d.Month, d.Day) : null);
}
