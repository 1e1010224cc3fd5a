namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Several visitors run as one (see <see cref="Visitor.VisitInParallel"/>). Each visitor keeps its own
/// skip and break state, so validation rules can share a single walk.
/// </summary>
internal sealed class ParallelVisitor(IReadOnlyList<ASTVisitor> visitors) : ASTVisitor
{
    /// <summary>Per visitor, the node whose subtree it skips, or null.</summary>
    private readonly INode?[] skipping = new INode?[visitors.Count];
    private readonly bool[] stopped = new bool[visitors.Count];
    private int stoppedCount;

    public override VisitorAction Enter(INode node, VisitorContext context)
    {
        for (var i = 0; i < skipping.Length; i++)
        {
            if (stopped[i] || skipping[i] is not null)
            {
                continue;
            }

            switch (visitors[i].Enter(node, context))
            {
                case VisitorAction.Skip:
                    skipping[i] = node;
                    break;
                case VisitorAction.Break:
                    Stop(i);
                    break;
            }
        }

        return stoppedCount == skipping.Length ? VisitorAction.Break : VisitorAction.Continue;
    }

    public override VisitorAction Leave(INode node, VisitorContext context)
    {
        for (var i = 0; i < skipping.Length; i++)
        {
            if (stopped[i])
            {
                continue;
            }

            if (skipping[i] is null)
            {
                if (visitors[i].Leave(node, context) == VisitorAction.Break)
                {
                    Stop(i);
                }
            }
            else if (ReferenceEquals(skipping[i], node))
            {
                skipping[i] = null;
            }
        }

        return stoppedCount == skipping.Length ? VisitorAction.Break : VisitorAction.Continue;
    }

    private void Stop(int index)
    {
        stopped[index] = true;
        stoppedCount++;
    }
}
