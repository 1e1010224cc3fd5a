using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// The whole graph as reports in a single pass over the ties, for writers that put the metadata last: counts, cited
/// articles and node spans are gathered while nodes and edges stream through, so <see cref="Metadata"/> is complete
/// once both have been enumerated, and nodes enumerated after the edges carry their spans. Only the article summaries
/// (titles, not texts), the actor ids and the spans stay in memory.
/// </summary>
internal sealed class StreamedGraphSource : ExportSource
{
    private readonly IGraphStore _store;
    private readonly ExportSelection _selection;
    private readonly DateTimeOffset _exportedAt;
    private readonly Dictionary<string, int> _articles;
    private readonly List<ArticleSummary> _summaries;
    private readonly bool[] _cited;
    private readonly Dictionary<string, int> _actors = new(StringComparer.Ordinal);
    private readonly List<NodeSpan> _spans = [];
    private int _nodeCount;
    private int _tieCount;
    private bool _nodesDone;
    private bool _edgesDone;

    private StreamedGraphSource(IGraphStore store, ExportSelection selection, DateTimeOffset exportedAt, Dictionary<string, int> articles,
        List<ArticleSummary> summaries)
    {
        _store = store;
        _selection = selection;
        _exportedAt = exportedAt;
        _articles = articles;
        _summaries = summaries;
        _cited = new bool[summaries.Count];
    }

    public override ExportSelection Selection => _selection;

    public override DateTimeOffset ExportedAt => _exportedAt;

    public override bool MetadataKnownFirst => false;

    public override ExportMetadata Metadata => _nodesDone && _edgesDone
        ? new ExportMetadata(_selection, _exportedAt, _nodeCount, _tieCount, _tieCount, Truncated: false,
            [.. _summaries.Where((_, at) => _cited[at]).OrderBy(a => a.Id, StringComparer.Ordinal)])
        : throw new InvalidOperationException("a single-pass export knows its metadata only once its nodes and edges have been written");

    public static async Task<StreamedGraphSource> ReadAsync(IGraphStore store, ExportSelection selection, DateTimeOffset exportedAt,
        CancellationToken cancellationToken)
    {
        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        var summaries = new List<ArticleSummary>();
        await foreach (var article in ReadAhead.Of(store.StreamArticlesAsync(cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            if (articles.TryAdd(article.Id, summaries.Count))
            {
                summaries.Add(ArticleSummary.Of(article));
            }
        }

        return new StreamedGraphSource(store, selection, exportedAt, articles, summaries);
    }

    public override async IAsyncEnumerable<ExportNode> NodesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var actor in ReadAhead.Of(_store.StreamActorsAsync(cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            var at = Intern(actor.Id);
            _nodeCount++;
            yield return new ExportNode(actor, _edgesDone ? _spans[at].Span : null);
        }

        _nodesDone = true;
    }

    public override async IAsyncEnumerable<ExportEdge> EdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var tie in ReadAhead.Of(_store.StreamTiesAsync(TieFilter.None, cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            // Once the nodes are written, a tie to an actor that came in meanwhile would point at nothing.
            if (_nodesDone && !(_actors.ContainsKey(tie.Source) && _actors.ContainsKey(tie.Target)))
            {
                continue;
            }

            var (source, target) = (Intern(tie.Source), Intern(tie.Target));
            var time = DayInterval.Of(tie.Date);
            var spans = CollectionsMarshal.AsSpan(_spans);
            spans[source].Observe(time);
            spans[target].Observe(time);
            _tieCount++;
            ArticleSummary? article = null;
            if (_articles.TryGetValue(tie.Article, out var cited))
            {
                _cited[cited] = true;
                article = _summaries[cited];
            }

            yield return new ReportEdge(tie, article);
        }

        _edgesDone = true;
    }

    private int Intern(string actorId)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_actors, actorId, out var exists);
        if (!exists)
        {
            slot = _spans.Count;
            _spans.Add(default);
        }

        return slot;
    }
}
