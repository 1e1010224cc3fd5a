using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>An article's ties and the actors they mention.</summary>
internal static class ArticleResolvers
{
    public static SchemaBuilder AddArticleResolvers(this SchemaBuilder schema) => schema
        .AddResolver("Article.ties", async c =>
        {
            var article = (Article)c.Source!;
            var filter = new TieFilter
            {
                Types = c.Types(),
                Window = c.Window(),
                IncludeRetracted = c.Arguments.GetValueOrDefault("includeRetracted") as bool? ?? false,
            };
            var args = PageArgs.From(c);
            var ties = await c.TiesOfArticleAsync(article.Id, filter).ConfigureAwait(false) ?? [];
            return ListPager.Page(ties, t => t.Id, args);
        })
        .AddResolver("Article.actors", async c =>
        {
            var article = (Article)c.Source!;
            var ties = await c.TiesOfArticleAsync(article.Id, TieFilter.None).ConfigureAwait(false) ?? [];
            var ids = ties.SelectMany(t => new[] { t.Source, t.Target }).Distinct(StringComparer.Ordinal);
            var actors = await c.ActorsAsync(ids).ConfigureAwait(false) ?? [];
            return actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToArray();
        })
        .AddResolver("Article.publishedAt", c => ((Article)c.Source!).PublishedAt);
}
