using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// Where a search page ended: the sort key of its last hit (rank, normalised display name, id). Handed out as
/// base64 so clients treat it as opaque; normalised names and ids never contain the separator.
/// </summary>
internal sealed record SearchCursor(int Rank, string Name, string Id)
{
    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join('\n', Rank.ToString(CultureInfo.InvariantCulture), Name, Id)));

    public static SearchCursor Decode(string text)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(text)).Split('\n');
            if (parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rank) && rank <= 2)
            {
                return new SearchCursor(rank, parts[1], parts[2]);
            }
        }
        catch (FormatException)
        {
            // Falls through to the error below, which names the argument.
        }

        throw new ArgumentException($"\"{text}\" is not a cursor returned by an actor search.", "search");
    }

    /// <summary>Orders two sort keys as search results are ordered.</summary>
    public static int Compare(int rankA, string nameA, string idA, int rankB, string nameB, string idB)
    {
        if (rankA != rankB)
        {
            return rankA.CompareTo(rankB);
        }

        var byName = string.CompareOrdinal(nameA, nameB);
        return byName != 0 ? byName : string.CompareOrdinal(idA, idB);
    }
}
