using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>The order tie lists are returned in: by the first day of their date, undated last, then by id.</summary>
internal sealed class TieDateOrder : IComparer<Tie>
{
    public static TieDateOrder Instance { get; } = new();

    public int Compare(Tie? x, Tie? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Date.IsUnknown != y.Date.IsUnknown)
        {
            return x.Date.IsUnknown ? 1 : -1;
        }

        var byDate = x.Date.IsUnknown ? 0 : x.Date.Start.CompareTo(y.Date.Start);
        return byDate != 0 ? byDate : string.CompareOrdinal(x.Id, y.Id);
    }
}
