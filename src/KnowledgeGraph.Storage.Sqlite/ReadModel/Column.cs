namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// A growable array of one tie or actor attribute. Traversals index <see cref="Items"/> directly, which is why this is
/// not a <see cref="List{T}"/>.
/// </summary>
internal sealed class Column<T>
{
    public T[] Items { get; private set; } = [];

    public int Count { get; private set; }

    public void Set(int index, T value)
    {
        if (index >= Items.Length)
        {
            var grown = new T[Math.Max(index + 1, Math.Max(16, Items.Length * 2))];
            Array.Copy(Items, grown, Count);
            Items = grown;
        }

        Items[index] = value;
        Count = Math.Max(Count, index + 1);
    }
}
