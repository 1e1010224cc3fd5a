using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// The nodes, edges and metadata of one export, read from a store for a selection. Every format writer takes one,
/// writes the metadata first, then enumerates the nodes once and the edges once.
/// </summary>
internal abstract class ExportSource
{
    public abstract ExportMetadata Metadata { get; }

    public abstract IAsyncEnumerable<ExportNode> NodesAsync(CancellationToken cancellationToken);

    public abstract IAsyncEnumerable<ExportEdge> EdgesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Reads what the selection needs: a subgraph (capped) in memory, or for the whole graph a compact index
    /// built from one pass over the ties. Throws <see cref="ExportSelectionException"/> for unknown seeds or articles.
    /// </summary>
    public static async Task<ExportSource> OpenAsync(IGraphStore store, ExportSelection selection, DateTimeOffset exportedAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(selection);
        return selection.Scope == ExportScope.WholeGraph
            ? await WholeGraphSource.ReadAsync(store, selection, exportedAt, cancellationToken).ConfigureAwait(false)
            : await SubgraphSource.ReadAsync(store, selection, exportedAt, cancellationToken).ConfigureAwait(false);
    }
}
