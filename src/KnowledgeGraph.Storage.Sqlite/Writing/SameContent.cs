using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Finds the stored report with the same content as a new one. The model narrows the search to ties with the same
/// ends, type, article and date; only those few rows are read to compare the evidence.
/// </summary>
internal static class SameContent
{
    /// <param name="session">The write in progress.</param>
    /// <param name="tie">A tie in canonical form, its ends resolved.</param>
    /// <returns>The stored tie with the same <see cref="Tie.ContentKey"/>, a live one first; null when there is none.</returns>
    public static Tie? Find(WriteSession session, Tie tie)
    {
        var model = session.Model;
        var source = model.ResolveActor(tie.Source);
        var target = model.ResolveActor(tie.Target);
        var article = model.FindArticle(tie.Article);
        if (source < 0 || target < 0 || article < 0)
        {
            return null;
        }

        var candidates = new List<int>();
        foreach (var stored in model.TiesOf(model.TiesOf(source).Length <= model.TiesOf(target).Length ? source : target))
        {
            if (model.SourceOf(stored) == source && model.TargetOf(stored) == target && model.TypeOf(stored) == tie.Type
                && model.ArticleOf(stored) == article && model.PrecisionOf(stored) == tie.Date.Precision
                && (tie.Date.IsUnknown || model.StartDay(stored) == tie.Date.Start.DayNumber))
            {
                candidates.Add(GraphModel.SeqOf(stored));
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        return StoredRows.TiesBySeq(session.Connection, candidates)
            .Where(row => row.Value.ContentKey == tie.ContentKey)
            .OrderBy(row => row.Value.IsRetracted)
            .ThenBy(row => row.Key)
            .Select(row => row.Value)
            .FirstOrDefault();
    }
}
