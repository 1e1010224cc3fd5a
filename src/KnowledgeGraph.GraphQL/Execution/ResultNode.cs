namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// A composite value in the response being built: an object or a list. Each node knows where it sits
/// in its parent, so an error arriving late (from an async resolver) can compute its path and null the
/// nearest nullable position above it, and so errors below an already nulled node are dropped, as
/// graphql-js 16.15 drops them.
/// </summary>
internal abstract class ResultNode(ResultNode? parent, int parentIndex, bool positionIsNonNull)
{
    /// <summary>Marks a field whose async resolver has not finished.</summary>
    public static readonly object Pending = new();

    /// <summary>The object or list holding this node, or null for the response's data.</summary>
    public ResultNode? Parent { get; } = parent;

    /// <summary>The field index (in an object) or item index (in a list) of this node in its parent.</summary>
    public int ParentIndex { get; } = parentIndex;

    /// <summary>Whether the position holding this node is of a non-null type, so nulling it nulls the parent.</summary>
    public bool PositionIsNonNull { get; } = positionIsNonNull;

    /// <summary>Whether an error replaced this node with null.</summary>
    public bool IsNulled { get; set; }

    /// <summary>Stores a completed value at a field or item index.</summary>
    public abstract void Set(int index, object? value);

    /// <summary>The value at a field or item index.</summary>
    public abstract object? Get(int index);

    /// <summary>The path segment of an index: the response name in an object, the index in a list.</summary>
    public abstract object SegmentAt(int index);

    /// <summary>Replaces the value at an index with null after an error, marking a replaced node as nulled.</summary>
    public void Null(int index)
    {
        if (Get(index) is ResultNode child)
        {
            child.IsNulled = true;
        }

        Set(index, null);
    }

    /// <summary>Whether this node or one above it was nulled by an error.</summary>
    public bool IsInNulledTree()
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (node.IsNulled)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The response path of the value at <paramref name="index"/> in <paramref name="container"/>.</summary>
    public static IReadOnlyList<object> PathOf(ResultNode container, int index)
    {
        var depth = 1;
        for (var node = container; node.Parent is not null; node = node.Parent)
        {
            depth++;
        }

        var path = new object[depth];
        path[--depth] = container.SegmentAt(index);
        for (var node = container; node.Parent is not null; node = node.Parent)
        {
            path[--depth] = node.Parent.SegmentAt(node.ParentIndex);
        }

        return path;
    }
}
