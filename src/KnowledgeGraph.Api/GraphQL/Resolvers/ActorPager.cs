using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>Pages the actor list over the store's keyset search, one store call a page in either direction.</summary>
internal static class ActorPager
{
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
            var first = args.First!.Value;
            var page = await store.SearchActorsAsync(search with { After = after, Limit = Math.Max(1, first) }, context.CancellationToken).ConfigureAwait(false);
            var edges = page.Items.Take(first).Select(m => new Edge<Actor>(m.Cursor, m.Actor, m.MatchedName)).ToArray();
            var hasMore = page.HasMore || page.Items.Count > first;
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
        var after = args.After is null ? null : Cursor.Decode(args.After, "after");
        var before = args.Before is null ? null : Cursor.Decode(args.Before, "before");
        var last = args.Last!.Value;

        // A store page holds at least one result; `last: 0` asks one to learn whether any come before.
        var page = await store.SearchActorsAsync(search with { After = after, Before = before, FromEnd = true, Limit = Math.Max(1, last) }, cancellationToken)
            .ConfigureAwait(false);
        var edges = page.Items.TakeLast(last).Select(m => new Edge<Actor>(m.Cursor, m.Actor, m.MatchedName)).ToArray();
        var info = new PageInfo(before is not null, page.HasMore || page.Items.Count > last || after is not null, edges.FirstOrDefault()?.Key, edges.LastOrDefault()?.Key);
        return new Connection<Actor>(edges, info, page.TotalCount);
    }

    private static Edge<Actor>[] TakeUntil(Edge<Actor>[] edges, string before, out bool cut)
    {
        var index = Array.FindIndex(edges, e => e.Cursor == before);
        cut = index >= 0;
        return index >= 0 ? edges[..index] : edges;
    }
}
