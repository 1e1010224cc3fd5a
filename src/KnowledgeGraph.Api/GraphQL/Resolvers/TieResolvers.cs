using KnowledgeGraph.Api.GraphQL.Views;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>A tie's ends, article, date and citation; relations and path steps resolve their actors the same way.</summary>
internal static class TieResolvers
{
    public static SchemaBuilder AddTieResolvers(this SchemaBuilder schema) => schema
        .AddResolver("Tie.source", c => c.ActorAsync(((Tie)c.Source!).Source))
        .AddResolver("Tie.target", c => c.ActorAsync(((Tie)c.Source!).Target))
        .AddResolver("Tie.article", c => c.ArticleMetadataAsync(((Tie)c.Source!).Article))
        .AddResolver("Tie.citation", async c =>
        {
            var tie = (Tie)c.Source!;
            var context = c.IntIn("context", 160, 0, CitationView.MaxContext);
            var article = await c.ArticleAsync(tie.Article).ConfigureAwait(false);
            return article is null ? null : CitationView.Locate(article.Text, tie.Evidence, context);
        })
        .AddResolver("Relation.id", c => RelationId((Relation)c.Source!))
        .AddResolver("Relation.source", c => c.ActorAsync(((Relation)c.Source!).Source))
        .AddResolver("Relation.target", c => c.ActorAsync(((Relation)c.Source!).Target))
        .AddResolver("Relation.articles", async c => await c.ArticleMetadataAsync(((Relation)c.Source!).Articles).ConfigureAwait(false))
        .AddResolver("Relation.ties", async c =>
        {
            var ties = await c.TiesByIdAsync(((Relation)c.Source!).TieIds).ConfigureAwait(false) ?? [];
            return ties.OrderBy(t => t.Date.IsUnknown).ThenBy(t => t.Date.Start).ThenBy(t => t.Id, StringComparer.Ordinal).ToArray();
        })
        .AddResolver("PathStep.from", c => c.ActorAsync(((PathStepView)c.Source!).FromId))
        .AddResolver("PathStep.to", c => c.ActorAsync(((PathStepView)c.Source!).ToId))
        .AddResolver("Path.length", c => ((Core.Store.GraphPath)c.Source!).Length)
        .AddResolver("Path.actors", async c => await c.ActorsAsync(((Core.Store.GraphPath)c.Source!).ActorIds).ConfigureAwait(false))
        .AddResolver("Path.steps", c =>
        {
            var path = (Core.Store.GraphPath)c.Source!;
            return path.Hops.Select((ties, i) => new PathStepView(path.ActorIds[i], path.ActorIds[i + 1], ties)).ToArray();
        })
        .AddResolver("ReportedDate.value", c => (PartialDate)c.Source! is { IsUnknown: false } d ? d : null)
        .AddResolver("ReportedDate.start", c => (PartialDate)c.Source! is { IsUnknown: false } d ? PartialDate.OfDay(d.Start.Year, d.Start.Month, d.Start.Day) : null)
        .AddResolver("ReportedDate.end", c => (PartialDate)c.Source! is { IsUnknown: false } d ? PartialDate.OfDay(d.End.Year, d.End.Month, d.End.Day) : null);

    /// <summary>A relation's stable id for graph views: <c>source|TYPE|target</c>.</summary>
    public static string RelationId(Relation relation) => $"{relation.Source}|{WireNames.Of(relation.Type)}|{relation.Target}";
}
