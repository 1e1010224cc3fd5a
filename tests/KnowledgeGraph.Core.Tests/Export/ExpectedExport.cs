using System.Globalization;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>
/// What an export of a scenario must contain, worked out from the store's own reads and the domain's
/// <see cref="RelationAggregator"/>, independently of the exporter: the actors, the reports or relations with every
/// attribute, the time spans, the cited articles.
/// </summary>
internal sealed class ExpectedExport
{
    private ExpectedExport(ExportSelection selection, IReadOnlyList<Actor> actors, IReadOnlyList<Tie> ties, IReadOnlyDictionary<string, Article> articles, bool truncated)
    {
        Selection = selection;
        Actors = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Ties = ties;
        Articles = articles;
        Truncated = truncated;
        TiesById = ties.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Relations = selection.Edges == EdgeMode.Relations ? RelationAggregator.Aggregate(ties) : [];
        RelationsById = Relations.ToDictionary(IdOf, StringComparer.Ordinal);
        RelationReports = Relations.ToDictionary(IdOf, r => (IReadOnlyList<Tie>)[.. r.TieIds.Select(id => TiesById[id])], StringComparer.Ordinal);
        EdgeTimes = IsRelations
            ? Relations.ToDictionary(IdOf, r => Hull(SpellsOf(r)))
            : ties.ToDictionary(t => t.Id, t => Interval(t.Date));
        NodeSpans = Actors.Keys.ToDictionary(id => id, SpanOf, StringComparer.Ordinal);
    }

    public ExportSelection Selection { get; }

    public bool IsRelations => Selection.Edges == EdgeMode.Relations;

    public IReadOnlyDictionary<string, Actor> Actors { get; }

    public IReadOnlyList<Tie> Ties { get; }

    public IReadOnlyDictionary<string, Tie> TiesById { get; }

    public IReadOnlyList<Relation> Relations { get; }

    public IReadOnlyDictionary<string, Relation> RelationsById { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Tie>> RelationReports { get; }

    /// <value>The cited articles by id.</value>
    public IReadOnlyDictionary<string, Article> Articles { get; }

    public bool Truncated { get; }

    /// <value>Every edge's time hull by edge id; null for an edge without bounds.</value>
    public IReadOnlyDictionary<string, (DateOnly Start, DateOnly End)?> EdgeTimes { get; }

    /// <value>Every node's span, the hull of its dated edges; null for a node without a dated edge.</value>
    public IReadOnlyDictionary<string, (DateOnly Start, DateOnly End)?> NodeSpans { get; }

    public IEnumerable<string> EdgeIds => IsRelations ? Relations.Select(IdOf) : Ties.Select(t => t.Id);

    public int EdgeCount => IsRelations ? Relations.Count : Ties.Count;

    public static async Task<ExpectedExport> ForAsync(ExportScenario scenario)
    {
        var (store, selection) = (scenario.Store, scenario.Selection);
        IReadOnlyList<Actor> actors;
        IReadOnlyList<Tie> ties;
        var truncated = false;
        switch (selection.Scope)
        {
            case ExportScope.WholeGraph:
                actors = await store.StreamActorsAsync().ToListAsync();
                ties = await store.StreamTiesAsync(TieFilter.None).ToListAsync();
                break;
            case ExportScope.Neighbourhood:
                var subgraph = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery
                {
                    ActorIds = selection.ActorIds, Depth = selection.Depth, Filter = selection.ToTieFilter(), MaxNodes = selection.MaxNodes,
                });
                (actors, ties, truncated) = (subgraph.Actors, subgraph.Ties, subgraph.Truncated);
                break;
            default:
                var byArticle = await store.GetTiesOfArticlesAsync(selection.ArticleIds, selection.ToTieFilter());
                ties = [.. selection.ArticleIds.SelectMany(id => byArticle[id])];
                actors = [.. (await store.GetActorsAsync([.. ties.SelectMany(t => new[] { t.Source, t.Target })])).Values.Distinct()];
                break;
        }

        var articles = await store.GetArticlesAsync([.. ties.Select(t => t.Article).Distinct()]);
        return new ExpectedExport(selection, actors, ties, articles, truncated);
    }

    public static string IdOf(Relation relation) => $"{relation.Source}|{WireNames.Of(relation.Type)}|{relation.Target}";

    /// <summary>The union of a relation's dated report intervals, merged where they overlap, in date order.</summary>
    public IReadOnlyList<(DateOnly Start, DateOnly End)> SpellsOf(Relation relation)
    {
        var merged = new List<(DateOnly Start, DateOnly End)>();
        foreach (var (start, end) in RelationReports[IdOf(relation)].Select(t => Interval(t.Date)).OfType<(DateOnly, DateOnly)>().Order())
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, end > merged[^1].End ? end : merged[^1].End);
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
    }

    public string? ArticleTitle(string articleId) => Articles.GetValueOrDefault(articleId)?.Title;

    /// <summary>
    /// The attributes every format gives an edge, by name, before any format-specific spelling: lists stay lists,
    /// values a report lacks are null.
    /// </summary>
    public IReadOnlyDictionary<string, object?> EdgeAttributes(string edgeId)
    {
        if (IsRelations)
        {
            var relation = RelationsById[edgeId];
            return new Dictionary<string, object?>
            {
                ["type"] = WireNames.Of(relation.Type),
                ["directed"] = relation.Type != TieType.MetWith,
                ["weight"] = (double)relation.ReportCount,
                ["reportCount"] = relation.ReportCount,
                ["firstDate"] = relation.FirstDate.ToIsoString(),
                ["lastDate"] = relation.LastDate.ToIsoString(),
                ["articles"] = relation.Articles,
                ["reportIds"] = relation.TieIds,
            };
        }

        var tie = TiesById[edgeId];
        return new Dictionary<string, object?>
        {
            ["type"] = WireNames.Of(tie.Type),
            ["directed"] = tie.Type != TieType.MetWith,
            ["date"] = tie.Date.ToIsoString(),
            ["datePrecision"] = WireNames.Of(tie.Date.Precision),
            ["dateStart"] = tie.Date.IsUnknown ? null : tie.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["dateEnd"] = tie.Date.IsUnknown ? null : tie.Date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["location"] = tie.Location,
            ["evidence"] = tie.Evidence,
            ["article"] = tie.Article,
            ["articleTitle"] = ArticleTitle(tie.Article),
            ["note"] = tie.Note,
        };
    }

    /// <summary>The attributes every format gives a node besides its id and label.</summary>
    public IReadOnlyDictionary<string, object?> NodeAttributes(string actorId)
    {
        var actor = Actors[actorId];
        return new Dictionary<string, object?>
        {
            ["kind"] = WireNames.Of(actor.Kind),
            ["aliases"] = actor.Aliases,
            ["description"] = actor.Description,
            ["wikidata"] = actor.Wikidata,
        };
    }

    private static (DateOnly Start, DateOnly End)? Interval(PartialDate date) => date.IsUnknown ? null : (date.Start, date.End);

    private static (DateOnly Start, DateOnly End)? Hull(IReadOnlyList<(DateOnly Start, DateOnly End)> intervals) =>
        intervals.Count == 0 ? null : (intervals.Min(i => i.Start), intervals.Max(i => i.End));

    private (DateOnly Start, DateOnly End)? SpanOf(string actorId)
    {
        var dated = (IsRelations
                ? Relations.Where(r => r.Source == actorId || r.Target == actorId).Select(r => EdgeTimes[IdOf(r)])
                : Ties.Where(t => t.Source == actorId || t.Target == actorId).Select(t => EdgeTimes[t.Id]))
            .OfType<(DateOnly Start, DateOnly End)>().ToList();
        return dated.Count == 0 ? null : (dated.Min(t => t.Start), dated.Max(t => t.End));
    }
}
