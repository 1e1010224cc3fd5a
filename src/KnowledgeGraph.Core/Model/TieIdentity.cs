using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Core.Model;

/// <summary>How ties are named and laid down so that the same report is always stored the same way.</summary>
public static class TieIdentity
{
    /// <summary>
    /// A MET_WITH tie is symmetric: it is stored once with its ends in ordinal id order, so a report of A meeting B
    /// and one of B meeting A are the same report.
    /// </summary>
    public static Tie Canonical(Tie tie)
    {
        ArgumentNullException.ThrowIfNull(tie);
        return tie.Type == TieType.MetWith && string.CompareOrdinal(tie.Source, tie.Target) > 0
            ? tie with { Source = tie.Target, Target = tie.Source }
            : tie;
    }

    /// <summary>A stable id derived from a report's content, for writers that do not name their ties.</summary>
    public static string IdFor(TieContentKey key)
    {
        var text = string.Join('\u001F', key.Type, key.Source, key.Target, key.Article, key.Date.ToIsoString(), key.Date.Precision, key.Evidence);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "t-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
