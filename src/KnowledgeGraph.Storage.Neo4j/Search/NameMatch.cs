using KnowledgeGraph.Core.Naming;

namespace KnowledgeGraph.Storage.Neo4j.Search;

/// <summary>
/// Ranks an actor's spellings against a normalised query the way every store does: 0 when a whole name equals it,
/// 1 when a name starts with it, 2 when a later word does. The best spelling wins; on equal rank the display name,
/// then the earlier alias.
/// </summary>
internal static class NameMatch
{
    public static (string Name, int Rank)? Best(string query, string displayName, IReadOnlyList<string> aliases)
    {
        var names = aliases.Contains(displayName) ? aliases.ToList() : [displayName, .. aliases];
        var display = names.IndexOf(displayName);
        (int Index, int Rank)? best = null;
        for (var i = 0; i < names.Count; i++)
        {
            var words = AliasNormalizer.Words(names[i]);
            var normalized = string.Concat(words);
            foreach (var start in AliasNormalizer.WordStarts(words))
            {
                if (!normalized.AsSpan(start).StartsWith(query, StringComparison.Ordinal))
                {
                    continue;
                }

                var rank = start > 0 ? 2 : normalized.Length == query.Length ? 0 : 1;
                if (best is not { } current || rank < current.Rank || (rank == current.Rank && i == display && current.Index != display))
                {
                    best = (i, rank);
                }
            }
        }

        return best is { } found ? (names[found.Index], found.Rank) : null;
    }

    /// <summary>
    /// The least string above every string that starts with the prefix, or null when its last character is a
    /// surrogate or above: there UTF-16 order (.NET, Neo4j 3.1) and code-point order (Neo4j 5 indexes) part ways.
    /// </summary>
    public static string? PrefixEnd(string prefix) =>
        prefix.Length > 0 && prefix[^1] < '\uD7FF' ? string.Concat(prefix.AsSpan(0, prefix.Length - 1), [(char)(prefix[^1] + 1)]) : null;
}
