using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// The whole graph as relations, with everything known up front: one pass over the ties builds a
/// <see cref="WholeGraphIndex"/>, then the nodes are read again from the store as they are written and the relation
/// edges are rebuilt one at a time from the index's compact grouping. Ties to actors the first pass did not see (a
/// concurrent write) are left out.
/// </summary>
internal sealed class IndexedGraphSource : ExportSource
{
    private readonly IGraphStore _store;
    private readonly WholeGraphIndex _index;

    private IndexedGraphSource(IGraphStore store, WholeGraphIndex index, ExportMetadata metadata)
    {
        _store = store;
        _index = index;
        Metadata = metadata;
    }

    public override ExportSelection Selection => Metadata.Selection;

    public override DateTimeOffset ExportedAt => Metadata.ExportedAt;

    public override ExportMetadata Metadata { get; }

    public static async Task<IndexedGraphSource> ReadAsync(IGraphStore store, ExportSelection selection, DateTimeOffset exportedAt,
        CancellationToken cancellationToken)
    {
        var index = await WholeGraphIndex.BuildAsync(store, cancellationToken).ConfigureAwait(false);
        var metadata = new ExportMetadata(selection, exportedAt, index.ActorCount, index.Relations.RelationCount, index.TieCount, Truncated: false,
            index.CitedArticles);
        return new IndexedGraphSource(store, index, metadata);
    }

    public override async IAsyncEnumerable<ExportNode> NodesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var actor in ReadAhead.Of(_store.StreamActorsAsync(cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            if (_index.TryFindActor(actor.Id, out var at))
            {
                yield return new ExportNode(actor, _index.SpanOf(at));
            }
        }
    }

    public override IAsyncEnumerable<ExportEdge> EdgesAsync(CancellationToken cancellationToken) =>
        Enumerable.Range(0, _index.Relations.RelationCount)
            .Select(ExportEdge (r) => _index.Relations.Build(r, _index.ActorIds, _index.ArticleIds))
            .ToAsyncEnumerable();
}
