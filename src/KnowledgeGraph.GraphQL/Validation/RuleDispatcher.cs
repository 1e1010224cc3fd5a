using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Runs every rule of a validation in one walk, as <see cref="Visitor.VisitInParallel"/> does (a rule
/// that skips a subtree or breaks is left out of that subtree, or the rest of the walk, while the
/// others go on), but calls a rule only for the node kinds it has hooks for (see <see cref="RuleDispatchPlan"/>). Most nodes (names above
/// all) interest few rules, and calling all of them for every node was most of validation's time.
/// </summary>
internal sealed class RuleDispatcher : ASTVisitor
{
    private readonly ASTVisitor[] _rules;

    private readonly int[][] _entering;
    private readonly int[][] _leaving;

    // Per rule, the node whose subtree it skips (or null), and whether it stopped for good. Skips nest
    // with the walk, so the stack's top always holds the ones the next leave may end.
    private readonly INode?[] _skipping;
    private readonly bool[] _stopped;
    private readonly Stack<(INode Node, int Rule)> _skips = new();
    private int _stoppedCount;

    public RuleDispatcher(ASTVisitor[] rules, RuleDispatchPlan plan)
    {
        _rules = rules;
        _entering = plan.Entering;
        _leaving = plan.Leaving;
        _skipping = new INode?[rules.Length];
        _stopped = new bool[rules.Length];
    }

    public override VisitorAction Enter(INode node, VisitorContext context)
    {
        foreach (var i in _entering[(int)node.Kind])
        {
            if (_stopped[i] || _skipping[i] is not null)
            {
                continue;
            }

            switch (_rules[i].Enter(node, context))
            {
                case VisitorAction.Skip:
                    _skipping[i] = node;
                    _skips.Push((node, i));
                    break;
                case VisitorAction.Break:
                    Stop(i);
                    break;
            }
        }

        return _stoppedCount == _rules.Length ? VisitorAction.Break : VisitorAction.Continue;
    }

    public override VisitorAction Leave(INode node, VisitorContext context)
    {
        foreach (var i in _leaving[(int)node.Kind])
        {
            if (!_stopped[i] && _skipping[i] is null && _rules[i].Leave(node, context) == VisitorAction.Break)
            {
                Stop(i);
            }
        }

        // Rules that skipped this node's subtree take part again from its next sibling on.
        while (_skips.TryPeek(out var skip) && ReferenceEquals(skip.Node, node))
        {
            _skips.Pop();
            _skipping[skip.Rule] = null;
        }

        return _stoppedCount == _rules.Length ? VisitorAction.Break : VisitorAction.Continue;
    }

    private void Stop(int rule)
    {
        _stopped[rule] = true;
        _stoppedCount++;
    }
}
