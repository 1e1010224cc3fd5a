using KnowledgeGraph.Api.GraphQL.Views;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>
/// One search box over actors and articles: actor names and aliases rank first (exact, first word, later word),
/// then articles whose title, publisher or text contains the words.
/// </summary>
internal static class SearchResolver
{
    public const int MaxLimit = 50;
    private const int ArticleRank = 3;

    public static async Task<IReadOnlyList<SearchHitView>> SearchAsync(ResolveFieldContext context)
    {
        var text = context.RequiredString("text").Trim();
        var limit = context.IntIn("limit", 10, 1, MaxLimit);
        if (text.Length == 0)
        {
            throw new GraphQLError("Argument \"text\" must not be blank.", null, extensions: Codes.BadUserInput);
        }

        var store = context.Request().Store;
        var actors = await store.SearchActorsAsync(new ActorSearch { Text = text, Limit = limit }, context.CancellationToken).ConfigureAwait(false);
        var hits = actors.Items.Select(m => new SearchHitView(m.Rank, m.MatchedName, m.Actor)).ToList();
        if (hits.Count < limit)
        {
            var articles = await store.SearchArticlesAsync(text, limit - hits.Count, context.CancellationToken).ConfigureAwait(false);
            hits.AddRange(articles.Select(a => new SearchHitView(ArticleRank, a.Title ?? a.Publisher ?? a.Id, a)));
        }

        return hits;
    }
}
