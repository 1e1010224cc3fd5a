using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>Pages articles in id order over the store's keyset listing.</summary>
internal static class ArticlePager
{
    public static async Task<Connection<Article>> PageAsync(ResolveFieldContext context)
    {
        var args = PageArgs.From(context);
        var store = context.Request().Store;
        var after = args.After is null ? null : Cursor.Decode(args.After, Cursor.Articles, "after");
        var before = args.Before is null ? null : Cursor.Decode(args.Before, Cursor.Articles, "before");
        if (args.Last is null)
        {
            // A store page holds at least one article; a page of 0 asks for one to learn whether any lie beyond it.
            var first = args.First!.Value;
            var page = await store.ListArticlesAsync(after, Math.Max(1, first), context.CancellationToken).ConfigureAwait(false);
            var items = page.Items.TakeWhile(a => before is null || string.CompareOrdinal(a.Id, before) < 0).Take(first).ToArray();
            return Build(items, hasNext: page.HasMore || items.Length < page.Items.Count, hasPrevious: after is not null, page.TotalCount);
        }

        // Backward: read forward from `after` up to `before`, keeping the last N.
        var kept = new Queue<Article>();
        var skipped = false;
        var cursor = after;
        var total = 0;
        while (true)
        {
            var page = await store.ListArticlesAsync(cursor, PageArgs.MaxPageSize, context.CancellationToken).ConfigureAwait(false);
            total = page.TotalCount;
            var stop = false;
            foreach (var article in page.Items)
            {
                if (before is not null && string.CompareOrdinal(article.Id, before) >= 0)
                {
                    stop = true;
                    break;
                }

                kept.Enqueue(article);
                if (kept.Count > args.Last.Value)
                {
                    kept.Dequeue();
                    skipped = true;
                }
            }

            if (stop || !page.HasMore || page.Items.Count == 0)
            {
                return Build(kept.ToArray(), hasNext: stop, hasPrevious: skipped || after is not null, total);
            }

            cursor = page.Items[^1].Id;
        }
    }

    private static Connection<Article> Build(IReadOnlyList<Article> items, bool hasNext, bool hasPrevious, int total)
    {
        var edges = items.Select(a => new Edge<Article>(Cursor.Articles, a.Id, a)).ToArray();
        return new Connection<Article>(edges, new PageInfo(hasNext, hasPrevious, Cursor.Articles, edges.FirstOrDefault()?.Key, edges.LastOrDefault()?.Key), total);
    }
}
