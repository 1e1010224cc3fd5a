using System.Runtime.CompilerServices;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Walks an AST depth-first, calling a visitor's enter hook before a node's children and its leave
/// hook after them, children in the order graphql-js visits them.
/// </summary>
public static partial class Visitor
{
    /// <summary>Visits <paramref name="root"/> and everything under it.</summary>
    /// <exception cref="InsufficientExecutionStackException">The tree is too deep for the thread's stack.</exception>
    public static void Visit(INode root, ASTVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        VisitNode(root, visitor, new VisitorContext());
    }

    /// <summary>
    /// Combines visitors into one that runs them all in a single walk, as graphql-js's
    /// <c>visitInParallel</c> does: a visitor that skips a subtree or breaks is left out of that subtree
    /// (or the rest of the walk) while the others go on.
    /// </summary>
    public static ASTVisitor VisitInParallel(params IReadOnlyList<ASTVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        return new ParallelVisitor(visitors);
    }

    /// <summary>Visits one node; false when the visit was stopped.</summary>
    private static bool VisitNode(INode node, ASTVisitor visitor, VisitorContext context)
    {
        var action = visitor.Enter(node, context);
        if (action != VisitorAction.Continue)
        {
            return action == VisitorAction.Skip;
        }

        // A hostile document can nest deeply enough to exhaust the stack; fail catchably instead. The
        // check costs more than visiting a node, and sixteen levels use far less stack than it guarantees.
        if (context.Ancestors.Count % 16 == 0)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }

        context.Push(node);
        var completed = node.Kind < NodeKind.SchemaDefinition
            ? VisitExecutableChildren(node, visitor, context)
            : VisitTypeSystemChildren(node, visitor, context);
        context.Pop();
        return completed && visitor.Leave(node, context) != VisitorAction.Break;
    }

    private static bool VisitOptional(INode? node, ASTVisitor visitor, VisitorContext context) =>
        node is null || VisitNode(node, visitor, context);

    private static bool VisitList<T>(IReadOnlyList<T> nodes, ASTVisitor visitor, VisitorContext context)
        where T : INode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!VisitNode(nodes[i], visitor, context))
            {
                return false;
            }
        }

        return true;
    }
}
