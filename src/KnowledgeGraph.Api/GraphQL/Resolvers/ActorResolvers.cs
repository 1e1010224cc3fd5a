using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Api.GraphQL.Views;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>An actor's ties, relations, timeline and merge history, each batched across all actors of a level.</summary>
internal static class ActorResolvers
{
    public static SchemaBuilder AddActorResolvers(this SchemaBuilder schema) => schema
        .AddResolver("Actor.ties", async c =>
        {
            var actor = (Actor)c.Source!;
            var filter = new TieFilter
            {
                Types = c.Types(),
                Direction = c.Direction(),
                Window = c.Window(),
                Articles = c.Arguments.GetValueOrDefault("article") is string article ? [article] : null,
                IncludeRetracted = c.Arguments.GetValueOrDefault("includeRetracted") as bool? ?? false,
            };
            var page = await c.TiePageOfActorAsync(actor.Id, filter, TiePager.Request(PageArgs.From(c))).ConfigureAwait(false);
            return TiePager.Connection(page);
        })
        .AddResolver("Actor.relations", async c =>
        {
            var actor = (Actor)c.Source!;
            var filter = new TieFilter { Types = c.Types(), Direction = c.Direction(), Window = c.Window() };
            var relations = await c.RelationsOfActorAsync(actor.Id, filter).ConfigureAwait(false) ?? [];
            return relations
                .OrderByDescending(r => r.ReportCount)
                .ThenBy(r => r.Type)
                .ThenBy(r => r.Source == actor.Id ? r.Target : r.Source, StringComparer.Ordinal)
                .Select(r => ActorRelationView.From(actor.Id, r))
                .ToArray();
        })
        .AddResolver("Actor.timeline", async c =>
        {
            var actor = (Actor)c.Source!;
            var ties = await c.TiesOfActorAsync(actor.Id, new TieFilter { Types = c.Types(), Window = c.Window() }).ConfigureAwait(false);
            return ties ?? [];
        })
        .AddResolver("Actor.merges", async c =>
        {
            var actor = (Actor)c.Source!;
            var merges = await c.MergesAsync().ConfigureAwait(false);
            return merges.Where(m => m.KeptId == actor.Id).ToArray();
        })
        .AddResolver("ActorRelation.counterpart", c => c.ActorAsync(((ActorRelationView)c.Source!).CounterpartId))
        .AddResolver("ActorEdge.matchedName", c => ((Edge<Actor>)c.Source!).MatchedName)
        .AddResolver("Merge.kept", c => c.ActorAsync(((MergeRecord)c.Source!).KeptId))
        .AddResolver("Merge.mergedId", c => ((MergeRecord)c.Source!).MergedId);
}
