using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// The whole graph with everything known up front: a first pass builds a <see cref="WholeGraphIndex"/>, then nodes
/// and edges are read again from the store as they are written. Relation edges are rebuilt one at a time from the
/// index's compact grouping, so relations cost one pass over the ties; reports are streamed a second time (the price
/// a writer pays for wanting the metadata first). The store is read in several streams, so a write landing meanwhile
/// can show in the edges without showing in the counts; edges to actors the first pass did not see are left out.
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
        var index = await WholeGraphIndex.BuildAsync(store, selection.Edges, cancellationToken).ConfigureAwait(false);
        var edgeCount = index.Relations?.RelationCount ?? index.TieCount;
        var metadata = new ExportMetadata(selection, exportedAt, index.ActorCount, edgeCount, index.TieCount, Truncated: false, index.CitedArticles);
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
        _index.Relations is { } relations
            ? Enumerable.Range(0, relations.RelationCount).Select(ExportEdge (r) => relations.Build(r, _index.ActorIds, _index.ArticleIds)).ToAsyncEnumerable()
            : ReportsAsync(cancellationToken);

    private async IAsyncEnumerable<ExportEdge> ReportsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var tie in ReadAhead.Of(_store.StreamTiesAsync(TieFilter.None, cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            if (_index.TryFindEnds(tie.Source, tie.Target, out _, out _))
            {
                yield return new ReportEdge(tie, _index.SummaryOf(tie.Article));
            }
        }
    }
}
