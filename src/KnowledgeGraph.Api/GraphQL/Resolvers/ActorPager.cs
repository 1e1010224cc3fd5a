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
        // Without search text, relevance lists by name: the keys are the same as those of the order by name.
        var list = search.Order == ActorSearchOrder.Relevance && !string.IsNullOrWhiteSpace(search.Text) ? Cursor.ActorsByRelevance : Cursor.ActorsByName;
        var after = args.After is null ? null : Cursor.Decode(args.After, list, "after");
        var before = args.Before is null ? null : Cursor.Decode(args.Before, list, "before");
        var fromEnd = args.Last is not null;
        var size = args.Last ?? args.First!.Value;

        // A store page holds at least one result; a page of 0 asks for one to learn whether any lie beyond it.
        var page = await SearchAsync(context, search with { After = after, Before = before, FromEnd = fromEnd, Limit = Math.Max(1, size) }).ConfigureAwait(false);
        var kept = fromEnd ? page.Items.TakeLast(size) : page.Items.Take(size);
        var edges = kept.Select(m => new Edge<Actor>(list, m.Cursor, m.Actor, m.MatchedName)).ToArray();
        var beyond = page.HasMore || page.Items.Count > size;
        var info = new PageInfo(
            HasNextPage: fromEnd ? before is not null : beyond || before is not null,
            HasPreviousPage: fromEnd ? beyond || after is not null : after is not null,
            list,
            edges.FirstOrDefault()?.Key,
            edges.LastOrDefault()?.Key);
        return new Connection<Actor>(edges, info, page.TotalCount);
    }

    // A key the store cannot read passed the list check, so the cursor was forged: the store says so with an
    // ArgumentException on its search parameter, without saying which of the two cursors it was.
    private static async Task<Page<ActorMatch>> SearchAsync(ResolveFieldContext context, ActorSearch search)
    {
        try
        {
            return await context.Request().Store.SearchActorsAsync(search, context.CancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException rejected) when (rejected is not ArgumentOutOfRangeException && rejected.ParamName == "search")
        {
            throw Cursor.NotIssued(search.Before is null ? "after" : search.After is null ? "before" : "after\" or \"before");
        }
    }
}
