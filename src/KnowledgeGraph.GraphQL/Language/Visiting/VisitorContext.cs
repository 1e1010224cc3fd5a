namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Where the walk is: the nodes enclosing the current one. One instance serves a whole visit and
/// changes as it goes, so read it during the hook rather than keeping it.
/// </summary>
public sealed class VisitorContext
{
    private readonly List<INode> ancestors = [];

    /// <summary>The enclosing nodes, from the root to the current node's parent.</summary>
    public IReadOnlyList<INode> Ancestors => ancestors;

    /// <summary>The node that holds the current one, or null at the root.</summary>
    public INode? Parent => ancestors.Count == 0 ? null : ancestors[^1];

    internal void Push(INode node) => ancestors.Add(node);

    internal void Pop() => ancestors.RemoveAt(ancestors.Count - 1);
}
