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
    public static Task<Actor?> ActorAsync(this ResolveFieldContext context, string id) => ActorLoader(context).LoadAsync(id);

    public static Task<Article?> ArticleAsync(this ResolveFieldContext context, string id) => ArticleLoader(context).LoadAsync(id);

    /// <summary>An article without its text, for fields that show only its title, outlet and date.</summary>
    public static Task<ArticleMetadata?> ArticleMetadataAsync(this ResolveFieldContext context, string id) => ArticleMetadataLoader(context).LoadAsync(id);

    public static Task<IReadOnlyList<Tie>?> TiesOfActorAsync(this ResolveFieldContext context, string actorId, TieFilter filter)
    {
        var store = context.Request().Store;
        return context.GetDataLoader<string, IReadOnlyList<Tie>>("ties-of-actor:" + KeyOf(filter),
                (keys, results, ct) => LoadInto(keys, results, ct, store, (s, k, c) => s.GetTiesOfActorsAsync(k, filter, c)))
            .LoadAsync(actorId);
    }

    public static Task<TiePage?> TiePageOfActorAsync(this ResolveFieldContext context, string actorId, TieFilter filter, TiePageRequest page)
    {
        var store = context.Request().Store;
        var key = string.Join('|', "tie-page-of-actor", KeyOf(filter), page.First, page.After, page.Last, page.Before);
        return context.GetDataLoader<string, TiePage>(key,
                (keys, results, ct) => LoadInto(keys, results, ct, store, (s, k, c) => s.GetTiePagesOfActorsAsync(k, filter, page, c)))
            .LoadAsync(actorId);
    }

    public static Task<IReadOnlyList<Relation>?> RelationsOfActorAsync(this ResolveFieldContext context, string actorId, TieFilter filter)
    {
        var store = context.Request().Store;
        return context.GetDataLoader<string, IReadOnlyList<Relation>>("relations-of-actor:" + KeyOf(filter),
                (keys, results, ct) => LoadInto(keys, results, ct, store, (s, k, c) => s.GetRelationsOfActorsAsync(k, filter, c)))
            .LoadAsync(actorId);
    }

    public static Task<IReadOnlyList<Tie>?> TiesOfArticleAsync(this ResolveFieldContext context, string articleId, TieFilter filter)
    {
        var store = context.Request().Store;
        return context.GetDataLoader<string, IReadOnlyList<Tie>>("ties-of-article:" + KeyOf(filter),
                (keys, results, ct) => LoadInto(keys, results, ct, store, (s, k, c) => s.GetTiesOfArticlesAsync(k, filter, c)))
            .LoadAsync(articleId);
    }

    public static Task<IReadOnlyList<Tie>?> TiesByIdAsync(this ResolveFieldContext context, IReadOnlyList<string> ids)
    {
        var store = context.Request().Store;
        var loader = context.GetDataLoader<string, Tie>("ties", (keys, results, ct) => LoadInto(keys, results, ct, store, static (s, k, c) => s.GetTiesByIdAsync(k, c)));
        return LoadAllAsync(loader, ids);
    }

    public static Task<IReadOnlyList<Actor>?> ActorsAsync(this ResolveFieldContext context, IEnumerable<string> ids) =>
        LoadAllAsync(ActorLoader(context), ids.ToArray());

    public static Task<IReadOnlyList<ArticleMetadata>?> ArticleMetadataAsync(this ResolveFieldContext context, IEnumerable<string> ids) =>
        LoadAllAsync(ArticleMetadataLoader(context), ids.ToArray());

    private static DataLoader<string, Actor> ActorLoader(ResolveFieldContext context)
    {
        var store = context.Request().Store;
        return context.GetDataLoader<string, Actor>("actors", (keys, results, ct) => LoadInto(keys, results, ct, store, static (s, k, c) => s.GetActorsAsync(k, c)));
    }

    private static DataLoader<string, Article> ArticleLoader(ResolveFieldContext context)
    {
        var store = context.Request().Store;
        return context.GetDataLoader<string, Article>("articles", (keys, results, ct) => LoadInto(keys, results, ct, store, static (s, k, c) => s.GetArticlesAsync(k, c)));
    }

    private static DataLoader<string, ArticleMetadata> ArticleMetadataLoader(ResolveFieldContext context)
    {
        var store = context.Request().Store;
        return context.GetDataLoader<string, ArticleMetadata>("article-metadata", (keys, results, ct) => LoadInto(keys, results, ct, store, static (s, k, c) => s.GetArticleMetadataAsync(k, c)));
    }

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

    private static async Task<IReadOnlyList<T>?> LoadAllAsync<T>(DataLoader<string, T> loader, IReadOnlyList<string> ids)
        where T : class
    {
        var tasks = new Task<T?>[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            tasks[i] = loader.LoadAsync(ids[i]);
        }

        var loaded = await Task.WhenAll(tasks).ConfigureAwait(false);
        return loaded.OfType<T>().ToArray();
    }

    private static async ValueTask LoadInto<TValue>(
        IReadOnlyList<string> keys,
        BatchLoadResults<string, TValue> results,
        CancellationToken cancellationToken,
        IGraphStore store,
        Func<IGraphStore, IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, TValue>>> load)
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
