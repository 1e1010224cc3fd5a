using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>
/// An article's ties, the actors they mention, and its text. An article reached from a tie or a relation arrives as
/// <see cref="ArticleMetadata"/>, its text loaded only when the query asks for it; one asked for by id arrives whole.
/// </summary>
internal static class ArticleResolvers
{
    public static SchemaBuilder AddArticleResolvers(this SchemaBuilder schema) => schema
        .AddResolver("Article.ties", async c =>
        {
            var articleId = IdOf(c.Source);
            var filter = new TieFilter
            {
                Types = c.Types(),
                Window = c.Window(),
                IncludeRetracted = c.Arguments.GetValueOrDefault("includeRetracted") as bool? ?? false,
            };
            var args = PageArgs.From(c);
            var ties = await c.TiesOfArticleAsync(articleId, filter).ConfigureAwait(false) ?? [];
            return ListPager.Page(ties, t => t.Id, args, Cursor.Ties);
        })
        .AddResolver("Article.actors", async c =>
        {
            var ties = await c.TiesOfArticleAsync(IdOf(c.Source), TieFilter.None).ConfigureAwait(false) ?? [];
            var ids = ties.SelectMany(t => new[] { t.Source, t.Target }).Distinct(StringComparer.Ordinal);
            var actors = await c.ActorsAsync(ids).ConfigureAwait(false) ?? [];
            return actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToArray();
        })
        .AddResolver("Article.publishedAt", c => c.Source is Article article ? article.PublishedAt : ((ArticleMetadata)c.Source!).PublishedAt)
        .AddResolver("Article.text", async c => c.Source is Article article
            ? article.Text
            : (await c.ArticleAsync(IdOf(c.Source)).ConfigureAwait(false))?.Text);

    private static string IdOf(object? source) => source is Article article ? article.Id : ((ArticleMetadata)source!).Id;
}
