using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export;

/// <summary>The actors or articles a subgraph selection names, every one of which the store must hold.</summary>
public static class SelectedIds
{
    /// <summary>
    /// Checks the named ids as an export does before it writes anything; for a caller that answers without exporting
    /// (an HTTP <c>HEAD</c>). A whole-graph selection names none.
    /// </summary>
    /// <exception cref="ExportSelectionException">Some ids are unknown: the parameter and those ids.</exception>
    public static async Task RequireKnownAsync(IGraphStore store, ExportSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Scope == ExportScope.Neighbourhood)
        {
            await RequireAsync(store.GetActorsAsync, selection.ActorIds, ExportSelection.ActorsParameter, cancellationToken).ConfigureAwait(false);
        }
        else if (selection.Scope == ExportScope.Articles)
        {
            await RequireAsync(store.GetArticlesAsync, selection.ArticleIds, ExportSelection.ArticlesParameter, cancellationToken).ConfigureAwait(false);
        }
    }

    // Ids the store does not know are an error of the request, reported before anything is written.
    internal static async Task<IReadOnlyDictionary<string, T>> RequireAsync<T>(
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> read, IReadOnlyList<string> ids, string parameter,
        CancellationToken cancellationToken)
    {
        var found = await read(ids, cancellationToken).ConfigureAwait(false);
        var unknown = ids.Where(id => !found.ContainsKey(id)).ToArray();
        return unknown.Length > 0 ? throw new ExportSelectionException(parameter, unknown) : found;
    }
}
