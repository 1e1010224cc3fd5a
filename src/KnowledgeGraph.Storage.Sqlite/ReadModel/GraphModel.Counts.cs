using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

internal sealed partial class GraphModel
{
    /// <summary>Counts by one pass over the packed arrays: a few milliseconds for a million ties, and never out of step.</summary>
    public GraphCounts Count()
    {
        var actors = Enum.GetValues<ActorKind>().ToDictionary(kind => kind, _ => 0);
        for (var actor = 0; actor < ActorSlots; actor++)
        {
            if (IsLive(actor))
            {
                actors[KindOf(actor)]++;
            }
        }

        var ties = new int[Enum.GetValues<TieType>().Length];
        int retracted = 0, undated = 0, earliest = int.MaxValue, latest = int.MinValue;
        for (var tie = 0; tie < TieSlots; tie++)
        {
            if (!TieExists(tie))
            {
                continue;
            }

            if (IsRetracted(tie))
            {
                retracted++;
                continue;
            }

            ties[(int)TypeOf(tie)]++;
            if (IsUndated(tie))
            {
                undated++;
                continue;
            }

            earliest = Math.Min(earliest, StartDay(tie));
            latest = Math.Max(latest, EndDay(tie));
        }

        return new GraphCounts
        {
            ActorsByKind = actors,
            TiesByType = Enum.GetValues<TieType>().ToDictionary(type => type, type => ties[(int)type]),
            Articles = ArticleCount,
            RetractedTies = retracted,
            UndatedTies = undated,
            EarliestDate = earliest == int.MaxValue ? null : DateOnly.FromDayNumber(earliest),
            LatestDate = latest == int.MinValue ? null : DateOnly.FromDayNumber(latest),
        };
    }
}
