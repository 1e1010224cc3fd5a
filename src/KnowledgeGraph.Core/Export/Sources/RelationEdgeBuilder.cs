using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// Folds the reports of one relation, in the order given, the way <see cref="RelationAggregator"/> does: articles in
/// first-seen order, the first date the earliest start, the last date the latest end (the first such report wins a
/// tie). Both export sources use it, so a relation reads the same whether it came from a subgraph or the whole graph.
/// </summary>
internal sealed class RelationEdgeBuilder(string source, TieType type, string target)
{
    private readonly List<string> _articles = [];
    private readonly HashSet<string> _seenArticles = new(StringComparer.Ordinal);
    private readonly List<string> _reportIds = [];
    private readonly List<DayInterval> _intervals = [];
    private PartialDate _first = PartialDate.Unknown;
    private PartialDate _last = PartialDate.Unknown;

    public void Add(string tieId, string articleId, PartialDate date)
    {
        _reportIds.Add(tieId);
        if (_seenArticles.Add(articleId))
        {
            _articles.Add(articleId);
        }

        if (DayInterval.Of(date) is not { } interval)
        {
            return;
        }

        _intervals.Add(interval);
        if (_first.IsUnknown || date.Start < _first.Start)
        {
            _first = date;
        }

        if (_last.IsUnknown || date.End > _last.End)
        {
            _last = date;
        }
    }

    public RelationEdge Build() =>
        new(source, type, target, _reportIds.Count, _first, _last, _articles, _reportIds, DayInterval.Union(_intervals));
}
