namespace KnowledgeGraph.Core.Model;

/// <summary>Folds tie reports into relations. Stores share it so every backend aggregates the same way.</summary>
public static class RelationAggregator
{
    /// <summary>Groups ties by (source, type, target), keeping first-seen order of groups and articles.</summary>
    public static IReadOnlyList<Relation> Aggregate(IEnumerable<Tie> ties)
    {
        ArgumentNullException.ThrowIfNull(ties);
        var groups = new Dictionary<(string, TieType, string), List<Tie>>();
        var order = new List<(string, TieType, string)>();
        foreach (var tie in ties)
        {
            var key = (tie.Source, tie.Type, tie.Target);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            list.Add(tie);
        }

        var relations = new List<Relation>(order.Count);
        foreach (var key in order)
        {
            relations.Add(Fold(groups[key]));
        }

        return relations;
    }

    private static Relation Fold(List<Tie> reports)
    {
        var first = reports[0];
        var articles = new List<string>();
        PartialDate earliest = PartialDate.Unknown, latest = PartialDate.Unknown;
        foreach (var tie in reports)
        {
            if (!articles.Contains(tie.Article))
            {
                articles.Add(tie.Article);
            }

            if (tie.Date.IsUnknown)
            {
                continue;
            }

            if (earliest.IsUnknown || tie.Date.Start < earliest.Start)
            {
                earliest = tie.Date;
            }

            if (latest.IsUnknown || tie.Date.End > latest.End)
            {
                latest = tie.Date;
            }
        }

        return new Relation
        {
            Source = first.Source,
            Type = first.Type,
            Target = first.Target,
            ReportCount = reports.Count,
            Articles = articles,
            FirstDate = earliest,
            LastDate = latest,
            TieIds = reports.ConvertAll(t => t.Id),
        };
    }
}
