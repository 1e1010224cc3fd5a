using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// The request's batched reads. Every lookup a resolver makes goes through a data loader, so resolving a list of
/// parents costs one store call per level of the query, not one per parent. Loaders of filtered reads are keyed by
/// the filter, so parents asking with the same arguments share a batch.
/// </summary>
internal static class Loaders
{
    /// <summary>
    /// An actor as a field's value. The loader's own task is returned as the field's, so a field that only loads an
    /// actor costs no async state of its own; the actor and article-metadata loaders hold their values as objects
    /// for that reason.
    /// </summary>
    public static ValueTask<object?> ActorAsync(this ResolveFieldContext context, string id) => new(ActorLoader(context).LoadAsync(id));

    public static Task<Article?> ArticleAsync(this ResolveFieldContext context, string id) => ArticleLoader(context).LoadAsync(id);

    /// <summary>An article without its text, for fields that show only its title, outlet and date.</summary>
    public static ValueTask<object?> ArticleMetadataAsync(this ResolveFieldContext context, string id) => new(ArticleMetadataLoader(context).LoadAsync(id));

    public static Task<IReadOnlyList<Tie>?> TiesOfActorAsync(this ResolveFieldContext context, string actorId, TieFilter filter) =>
        context.GetDataLoader("ties-of-actor:" + KeyOf(filter), (context.Request().Store, filter),
                static state => Batch<IReadOnlyList<Tie>, IReadOnlyList<Tie>>(state.Store, (s, k, c) => s.GetTiesOfActorsAsync(k, state.filter, c)))
            .LoadAsync(actorId);

    public static Task<TiePage?> TiePageOfActorAsync(this ResolveFieldContext context, string actorId, TieFilter filter, TiePageRequest page)
    {
        var key = string.Join('|', "tie-page-of-actor", KeyOf(filter), page.First, page.After, page.Last, page.Before);
        return context.GetDataLoader(key, (context.Request().Store, filter, page),
                static state => Batch<TiePage, TiePage>(state.Store, (s, k, c) => s.GetTiePagesOfActorsAsync(k, state.filter, state.page, c)))
            .LoadAsync(actorId);
    }

    public static Task<IReadOnlyList<Relation>?> RelationsOfActorAsync(this ResolveFieldContext context, string actorId, TieFilter filter) =>
        context.GetDataLoader("relations-of-actor:" + KeyOf(filter), (context.Request().Store, filter),
                static state => Batch<IReadOnlyList<Relation>, IReadOnlyList<Relation>>(state.Store, (s, k, c) => s.GetRelationsOfActorsAsync(k, state.filter, c)))
            .LoadAsync(actorId);

    public static Task<IReadOnlyList<Tie>?> TiesOfArticleAsync(this ResolveFieldContext context, string articleId, TieFilter filter) =>
        context.GetDataLoader("ties-of-article:" + KeyOf(filter), (context.Request().Store, filter),
                static state => Batch<IReadOnlyList<Tie>, IReadOnlyList<Tie>>(state.Store, (s, k, c) => s.GetTiesOfArticlesAsync(k, state.filter, c)))
            .LoadAsync(articleId);

    public static Task<IReadOnlyList<Tie>?> TiesByIdAsync(this ResolveFieldContext context, IReadOnlyList<string> ids) =>
        LoadAllAsync<Tie, Tie>(context.GetDataLoader("ties", context.Request().Store, static store => Batch<Tie, Tie>(store, static (s, k, c) => s.GetTiesByIdAsync(k, c))), ids);

    public static Task<IReadOnlyList<Actor>?> ActorsAsync(this ResolveFieldContext context, IEnumerable<string> ids) =>
        LoadAllAsync<object, Actor>(ActorLoader(context), ids.ToArray());

    public static Task<IReadOnlyList<ArticleMetadata>?> ArticleMetadataAsync(this ResolveFieldContext context, IEnumerable<string> ids) =>
        LoadAllAsync<object, ArticleMetadata>(ArticleMetadataLoader(context), ids.ToArray());

    // The loaders' batch functions are made once per request (static lambdas over the store), not once per load.
    private static DataLoader<string, object> ActorLoader(ResolveFieldContext context) =>
        context.GetDataLoader("actors", context.Request().Store, static store => Batch<Actor, object>(store, static (s, k, c) => s.GetActorsAsync(k, c)));

    private static DataLoader<string, Article> ArticleLoader(ResolveFieldContext context) =>
        context.GetDataLoader("articles", context.Request().Store, static store => Batch<Article, Article>(store, static (s, k, c) => s.GetArticlesAsync(k, c)));

    private static DataLoader<string, object> ArticleMetadataLoader(ResolveFieldContext context) =>
        context.GetDataLoader("article-metadata", context.Request().Store, static store => Batch<ArticleMetadata, object>(store, static (s, k, c) => s.GetArticleMetadataAsync(k, c)));

    /// <summary>Every merge, read once per request: merges are few and asked for per actor.</summary>
    public static async Task<IReadOnlyList<MergeRecord>> MergesAsync(this ResolveFieldContext context)
    {
        var store = context.Request().Store;
        var loader = context.GetDataLoader<string, IReadOnlyList<MergeRecord>>("merges", async (keys, results, ct) =>
        {
            var merges = new List<MergeRecord>();
            await foreach (var merge in store.StreamMergesAsync(ct).ConfigureAwait(false))
            {
                merges.Add(merge);
            }

            results.Set(keys[0], merges);
        });
        return await loader.LoadAsync("all").ConfigureAwait(false) ?? [];
    }

    private static async Task<IReadOnlyList<T>?> LoadAllAsync<TLoaded, T>(DataLoader<string, TLoaded> loader, IReadOnlyList<string> ids)
        where T : class
    {
        var tasks = new Task<TLoaded?>[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            tasks[i] = loader.LoadAsync(ids[i]);
        }

        var loaded = await Task.WhenAll(tasks).ConfigureAwait(false);
        return loaded.OfType<T>().ToArray();
    }

    private static BatchLoadFunction<string, TLoaded> Batch<TValue, TLoaded>(
        IGraphStore store, Func<IGraphStore, IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, TValue>>> load)
        where TValue : TLoaded =>
        (keys, results, cancellationToken) => LoadInto(keys, results, cancellationToken, store, load);

    private static async ValueTask LoadInto<TValue, TLoaded>(
        IReadOnlyList<string> keys,
        BatchLoadResults<string, TLoaded> results,
        CancellationToken cancellationToken,
        IGraphStore store,
        Func<IGraphStore, IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, TValue>>> load)
        where TValue : TLoaded
    {
        var found = await load(store, keys as IReadOnlyCollection<string> ?? keys.ToArray(), cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in found)
        {
            results.Set(key, value);
        }
    }

    /// <summary>A stable text for a filter, so equal filters share one loader.</summary>
    private static string KeyOf(TieFilter filter) => string.Join('|',
        filter.Types is { Count: > 0 } types ? string.Join(',', types.Order()) : "*",
        filter.Direction,
        filter.Window.From?.ToString("O", CultureInfo.InvariantCulture) ?? "",
        filter.Window.To?.ToString("O", CultureInfo.InvariantCulture) ?? "",
        filter.Window.IncludeUndated,
        filter.Articles is { Count: > 0 } articles ? string.Join(',', articles.Order(StringComparer.Ordinal)) : "*",
        filter.IncludeRetracted);
}
