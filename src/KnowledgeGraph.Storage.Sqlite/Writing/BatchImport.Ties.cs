using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

internal static partial class BatchImport
{
    private static (int Added, int Unchanged) WriteTies(WriteSession session, IReadOnlyList<Tie> ties, BatchReferences refs, CancellationToken cancellationToken)
    {
        var fresh = new List<Tie>(ties.Count);
        var liveReports = new HashSet<TieContentKey>();
        var storeHasTies = session.Model.TieCount > 0;
        foreach (var tie in ties)
        {
            if (storeHasTies && session.Lookup.FindTie(tie.Id) is not null)
            {
                continue;
            }

            if (!tie.IsRetracted && (!liveReports.Add(tie.ContentKey) || (storeHasTies && SameContent.Find(session, tie) is not null)))
            {
                continue;
            }

            fresh.Add(tie);
        }

        // In id order the id index grows at its end instead of splitting pages all over: a third faster on 1M ties.
        fresh.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var added = new (int Index, TieType Type, int Source, int Target, int Article, PartialDate Date, bool Retracted)[fresh.Count];
        using (var insert = new TieInsert(session.Connection))
        {
            for (var i = 0; i < fresh.Count; i++)
            {
                if (i % CancellationStride == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var tie = fresh[i];
                int index = session.NewTieIndex(), source = refs.Actor(tie.Source), target = refs.Actor(tie.Target), article = refs.Article(tie.Article);
                insert.Run(GraphModel.SeqOf(index), tie, GraphModel.SeqOf(source), GraphModel.SeqOf(target), GraphModel.SeqOf(article));
                added[i] = (index, tie.Type, source, target, article, tie.Date, tie.IsRetracted);
            }
        }

        session.OnCommit(model =>
        {
            foreach (var tie in added)
            {
                model.AddTie(tie.Index, tie.Type, tie.Source, tie.Target, tie.Article, tie.Date, tie.Retracted);
            }
        });
        return (fresh.Count, ties.Count - fresh.Count);
    }
}
