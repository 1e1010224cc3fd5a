namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// The shape of the graph held in memory so traversals and search never touch SQL: actor and tie attributes packed
/// in arrays indexed by row seq - 1, each actor's and article's ties as index lists, and the name index. The
/// database file stays the truth: the model is built from it at open and changed only after a write commits, under
/// the store's lock, so a reader sees it before or after a write, never in between. Not thread-safe by itself.
/// </summary>
internal sealed partial class GraphModel
{
    public NameIndex Names { get; } = new();

    /// <summary>The database row seq of the thing at <paramref name="index"/>.</summary>
    public static int SeqOf(int index) => index + 1;

    /// <summary>The model index of the row with <paramref name="seq"/>.</summary>
    public static int IndexOf(long seq) => checked((int)(seq - 1));
}
