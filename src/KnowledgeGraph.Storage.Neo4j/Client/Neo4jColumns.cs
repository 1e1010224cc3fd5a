namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>The column names of one statement's result, shared by all of its records.</summary>
internal sealed class Neo4jColumns
{
    private readonly Dictionary<string, int> indexByName;

    public Neo4jColumns(IReadOnlyList<string> names)
    {
        Names = names;
        indexByName = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var index = 0; index < names.Count; index++)
        {
            indexByName.TryAdd(names[index], index);
        }
    }

    public static Neo4jColumns None { get; } = new([]);

    public IReadOnlyList<string> Names { get; }

    public int IndexOf(string name) =>
        indexByName.TryGetValue(name, out var index)
            ? index
            : throw new KeyNotFoundException(
                $"The result has no column '{name}'; its columns are: {string.Join(", ", Names)}.");
}
