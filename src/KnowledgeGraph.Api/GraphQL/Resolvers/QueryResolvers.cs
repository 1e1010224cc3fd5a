using KnowledgeGraph.Api.GraphQL.Views;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>The root query fields.</summary>
internal static class QueryResolvers
{
    public const int MaxNodes = 2_000;

    public static SchemaBuilder AddQueryResolvers(this SchemaBuilder schema) => schema
        .AddResolver("Query.actor", c => c.ActorAsync(c.RequiredString("id")))
        .AddResolver("Query.actors", async c => await ActorPager.PageAsync(c).ConfigureAwait(false))
        .AddResolver("Query.tie", async c => (await c.TiesByIdAsync([c.RequiredString("id")]).ConfigureAwait(false))?.FirstOrDefault())
        .AddResolver("Query.article", async c => await c.ArticleAsync(c.RequiredString("id")).ConfigureAwait(false))
        .AddResolver("Query.articles", async c => await ArticlePager.PageAsync(c).ConfigureAwait(false))
        .AddResolver("Query.neighbourhood", async c => await NeighbourhoodAsync(c).ConfigureAwait(false))
        .AddResolver("Query.paths", async c => await PathsAsync(c).ConfigureAwait(false))
        .AddResolver("Query.search", async c => await SearchResolver.SearchAsync(c).ConfigureAwait(false))
        .AddResolver("Query.stats", async c => await c.Request().Store.GetCountsAsync(c.CancellationToken).ConfigureAwait(false));

    private static async Task<SubgraphView> NeighbourhoodAsync(ResolveFieldContext context)
    {
        var ids = (context.Arguments["actorIds"] as IEnumerable<object?>)!.OfType<string>().ToArray();
        if (ids.Length == 0)
        {
            throw new GraphQLError("Argument \"actorIds\" must name at least one actor.", null, extensions: Codes.BadUserInput);
        }

        var query = new NeighbourhoodQuery
        {
            ActorIds = ids,
            Depth = context.IntIn("depth", 1, 1, NeighbourhoodQuery.MaxDepth),
            MaxNodes = context.IntIn("maxNodes", 200, 1, MaxNodes),
            Filter = new TieFilter { Types = context.Types(), Window = context.Window() },
        };
        var subgraph = await ReadAsync(() => context.Request().Store.GetNeighbourhoodAsync(query, context.CancellationToken)).ConfigureAwait(false);
        return new SubgraphView(subgraph.Actors, RelationAggregator.Aggregate(subgraph.Ties), subgraph.Ties, subgraph.Truncated);
    }

    private static async Task<IReadOnlyList<GraphPath>> PathsAsync(ResolveFieldContext context)
    {
        var query = new PathQuery
        {
            From = context.RequiredString("from"),
            To = context.RequiredString("to"),
            MaxLength = context.IntIn("maxLength", 4, 1, PathQuery.MaxHops),
            Limit = context.IntIn("limit", 5, 1, 50),
            Filter = new TieFilter { Types = context.Types(), Window = context.Window() },
        };
        return await ReadAsync(() => context.Request().Store.FindPathsAsync(query, context.CancellationToken)).ConfigureAwait(false);
    }

    private static async Task<T> ReadAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (GraphRuleException rejection)
        {
            throw DomainErrors.ToReadError(rejection);
        }
    }
}
