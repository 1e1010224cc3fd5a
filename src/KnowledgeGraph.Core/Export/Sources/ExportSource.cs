using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// The nodes, edges and metadata of one export, read from a store for a selection. A writer enumerates the nodes
/// once and the edges once. Unless <see cref="MetadataKnownFirst"/>, the metadata is complete once nodes and edges
/// have been enumerated, and nodes carry their spans when they are enumerated after the edges: a writer that needs
/// them first (GEXF) spills what it writes before it.
/// </summary>
internal abstract class ExportSource
{
    /// <value>The selection being exported, known from the start whatever the source.</value>
    public abstract ExportSelection Selection { get; }

    /// <value>The time the export is stamped with, known from the start.</value>
    public abstract DateTimeOffset ExportedAt { get; }

    /// <value>Complete from the start, or once nodes and edges have been enumerated (see the class summary).</value>
    public abstract ExportMetadata Metadata { get; }

    /// <value>True when <see cref="Metadata"/> and the node spans are complete before anything is enumerated.</value>
    public virtual bool MetadataKnownFirst => true;

    public abstract IAsyncEnumerable<ExportNode> NodesAsync(CancellationToken cancellationToken);

    public abstract IAsyncEnumerable<ExportEdge> EdgesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Reads what the selection needs: a subgraph (capped) in memory; for the whole graph, relations grouped in one
    /// pass over the ties into a compact index, reports streamed in one pass. Throws
    /// <see cref="ExportSelectionException"/> for unknown seeds or articles.
    /// </summary>
    public static async Task<ExportSource> OpenAsync(IGraphStore store, ExportSelection selection, DateTimeOffset exportedAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Scope != ExportScope.WholeGraph)
        {
            return await SubgraphSource.ReadAsync(store, selection, exportedAt, cancellationToken).ConfigureAwait(false);
        }

        return selection.Edges == EdgeMode.Relations
            ? await IndexedGraphSource.ReadAsync(store, selection, exportedAt, cancellationToken).ConfigureAwait(false)
            : await StreamedGraphSource.ReadAsync(store, selection, exportedAt, cancellationToken).ConfigureAwait(false);
    }
}
