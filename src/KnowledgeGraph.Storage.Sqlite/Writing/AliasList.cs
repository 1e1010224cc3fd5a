namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>The stored form of an actor's aliases: each spelling once (exact comparison), the display name always among them.</summary>
internal static class AliasList
{
    public static List<string> WithName(string name, IEnumerable<string> aliases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var alias in aliases)
        {
            if (seen.Add(alias))
            {
                list.Add(alias);
            }
        }

        if (seen.Add(name))
        {
            list.Insert(0, name);
        }

        return list;
    }
}
