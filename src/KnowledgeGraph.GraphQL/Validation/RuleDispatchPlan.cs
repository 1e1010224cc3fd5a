using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// For one list of rules, which of them have enter and leave hooks for each node kind. Built once per
/// list (the specified rules: once per process) and reused while the rules make visitors of the same types.
/// </summary>
internal sealed class RuleDispatchPlan
{
    private static readonly int KindCount = Enum.GetValues<NodeKind>().Length;
    private static readonly ConditionalWeakTable<IReadOnlyList<ValidationRule>, RuleDispatchPlan> ByRules = [];

    private readonly Type[] _visitorTypes;

    private RuleDispatchPlan(ASTVisitor[] visitors)
    {
        _visitorTypes = Array.ConvertAll(visitors, static visitor => visitor.GetType());
        var hooks = Array.ConvertAll(visitors, RuleHooks.Of);
        Entering = new int[KindCount][];
        Leaving = new int[KindCount][];
        for (var kind = 0; kind < KindCount; kind++)
        {
            Entering[kind] = RulesWith(hooks, hook => hook.Enters((NodeKind)kind));
            Leaving[kind] = RulesWith(hooks, hook => hook.Leaves((NodeKind)kind));
        }
    }

    /// <summary>Per node kind, the indices of the rules with an enter hook for it, in rule order.</summary>
    public int[][] Entering { get; }

    /// <summary>Per node kind, the indices of the rules with a leave hook for it, in rule order.</summary>
    public int[][] Leaving { get; }

    /// <summary>The plan for the visitors <paramref name="rules"/> just made.</summary>
    public static RuleDispatchPlan For(IReadOnlyList<ValidationRule> rules, ASTVisitor[] visitors)
    {
        if (ByRules.TryGetValue(rules, out var plan) && plan.Fits(visitors))
        {
            return plan;
        }

        plan = new RuleDispatchPlan(visitors);
        ByRules.AddOrUpdate(rules, plan);
        return plan;
    }

    private bool Fits(ASTVisitor[] visitors)
    {
        if (visitors.Length != _visitorTypes.Length)
        {
            return false;
        }

        for (var i = 0; i < visitors.Length; i++)
        {
            if (visitors[i].GetType() != _visitorTypes[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int[] RulesWith(RuleHooks[] hooks, Func<RuleHooks, bool> hasHook)
    {
        var rules = new List<int>();
        for (var i = 0; i < hooks.Length; i++)
        {
            if (hasHook(hooks[i]))
            {
                rules.Add(i);
            }
        }

        return [.. rules];
    }
}
