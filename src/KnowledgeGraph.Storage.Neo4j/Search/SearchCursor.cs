using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Storage.Neo4j.Search;

/// <summary>
/// Where a search page ended: the sort key of its last hit (rank, normalised display name, id), handed out as base64
/// so clients treat it as opaque. The same encoding as the SQLite store's, so cursors mean the same on both.
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

    /// <summary>Orders sort keys as results are ordered: rank, then name and id by ordinal comparison.</summary>
    public int CompareTo(SearchCursor other)
    {
        if (Rank != other.Rank)
        {
            return Rank.CompareTo(other.Rank);
        }

        var byName = string.CompareOrdinal(Name, other.Name);
        return byName != 0 ? byName : string.CompareOrdinal(Id, other.Id);
    }
}
