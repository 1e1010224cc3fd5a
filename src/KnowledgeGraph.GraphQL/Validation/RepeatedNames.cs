using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Finds names used more than once in a list of nodes, grouped as graphql-js's <c>groupBy</c> groups
/// them: one group per name, in order of first use. The common case, every name distinct, allocates
/// nothing for short lists.
/// </summary>
internal static class RepeatedNames
{
    private const int ShortList = 16;

    /// <summary>The groups of nodes sharing a name, or null when every name is distinct.</summary>
    public static List<List<NameNode>>? Find<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        if (items.Count < 2 || !HasRepeat(items, nameOf))
        {
            return null;
        }

        var groups = new Dictionary<string, List<NameNode>>(StringComparer.Ordinal);
        var ordered = new List<List<NameNode>>();
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (!groups.TryGetValue(name.Value, out var group))
            {
                group = [];
                groups[name.Value] = group;
                ordered.Add(group);
            }

            group.Add(name);
        }

        ordered.RemoveAll(static group => group.Count < 2);
        return ordered;
    }

    private static bool HasRepeat<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        if (items.Count <= ShortList)
        {
            for (var i = 1; i < items.Count; i++)
            {
                var name = nameOf(items[i]).Value;
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(nameOf(items[j]).Value, name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(nameOf(item).Value))
            {
                return true;
            }
        }

        return false;
    }
}
