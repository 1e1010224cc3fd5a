using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>
/// Pages the actor list over the store's keyset search. Forward pages cost one store call; a backward page
/// (<c>last</c>/<c>before</c>) walks forward to its cursor, since the store's keyset runs one way.
/// </summary>
internal static class ActorPager
{
    // The walk's own page size, larger than a client's: on Neo4j a store page costs about the same at 100 rows as at
    // 1,000 (the server sorts what follows the cursor either way), so larger pages make a walk deep into a long list
    // ten times fewer round trips.
    private const int WalkPageSize = 1_000;

    public static async Task<Connection<Actor>> PageAsync(ResolveFieldContext context)
    {
        var args = PageArgs.From(context);
        var filter = context.Arguments.GetValueOrDefault("filter") as IReadOnlyDictionary<string, object?>;
        var search = new ActorSearch
        {
            Text = filter?.GetValueOrDefault("search") as string,
            Kinds = Arguments.Kinds(filter, "kinds"),
            HasTieTypes = filter?.GetValueOrDefault("hasTieTypes") is IEnumerable<object?> types ? types.OfType<TieType>().ToArray() : null,
            ActiveIn = Arguments.Window(filter?.GetValueOrDefault("activeIn") as IReadOnlyDictionary<string, object?>),
            Order = context.Arguments.GetValueOrDefault("orderBy") as ActorSearchOrder? ?? ActorSearchOrder.Relevance,
        };
        var store = context.Request().Store;
        if (args.Last is null)
        {
            var after = args.After is null ? null : Cursor.Decode(args.After, "after");
            var page = await store.SearchActorsAsync(search with { After = after, Limit = args.First!.Value }, context.CancellationToken).ConfigureAwait(false);
            var edges = page.Items.Select(m => new Edge<Actor>(m.Cursor, m.Actor, m.MatchedName)).ToArray();
            var hasMore = page.HasMore;
            if (args.Before is { } before)
            {
                edges = TakeUntil(edges, before, out var cut);
                hasMore |= cut;
            }

            return new Connection<Actor>(edges, new PageInfo(hasMore, after is not null, edges.FirstOrDefault()?.Key, edges.LastOrDefault()?.Key), page.TotalCount);
        }

        return await BackwardAsync(store, search, args, context.CancellationToken).ConfigureAwait(false);
    }

    private static async Task<Connection<Actor>> BackwardAsync(IGraphStore store, ActorSearch search, PageArgs args, CancellationToken cancellationToken)
    {
        var window = new Queue<Edge<Actor>>();
        var skipped = false;
        string? storeCursor = args.After is null ? null : Cursor.Decode(args.After, "after");
        var stopAt = args.Before is null ? null : Cursor.Decode(args.Before, "before");
        var total = 0;
        var reachedEnd = false;
        while (!reachedEnd)
        {
            var page = await store.SearchActorsAsync(search with { After = storeCursor, Limit = WalkPageSize }, cancellationToken).ConfigureAwait(false);
            total = page.TotalCount;
            foreach (var match in page.Items)
            {
                if (match.Cursor == stopAt)
                {
                    reachedEnd = true;
                    break;
                }

                window.Enqueue(new Edge<Actor>(match.Cursor, match.Actor, match.MatchedName));
                if (window.Count > args.Last!.Value)
                {
                    window.Dequeue();
                    skipped = true;
                }
            }

            reachedEnd |= !page.HasMore || page.Items.Count == 0;
            storeCursor = page.Items.Count > 0 ? page.Items[^1].Cursor : storeCursor;
        }

        var edges = window.ToArray();
        var info = new PageInfo(stopAt is not null, skipped || args.After is not null, edges.FirstOrDefault()?.Key, edges.LastOrDefault()?.Key);
        return new Connection<Actor>(edges, info, total);
    }

    private static Edge<Actor>[] TakeUntil(Edge<Actor>[] edges, string before, out bool cut)
    {
        var index = Array.FindIndex(edges, e => e.Cursor == before);
        cut = index >= 0;
        return index >= 0 ? edges[..index] : edges;
    }
}
