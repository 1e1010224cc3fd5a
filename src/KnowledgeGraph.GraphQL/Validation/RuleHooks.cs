using System.Collections.Concurrent;
using System.Reflection;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Which node kinds a visitor type has enter and leave hooks for, found once per type from the
/// methods it overrides: a type overriding <see cref="ASTVisitor.Enter"/> or <see cref="ASTVisitor.Leave"/>
/// itself sees every kind. Lets <see cref="RuleDispatcher"/> call a rule only for the nodes it handles.
/// </summary>
internal sealed class RuleHooks
{
    private static readonly ConcurrentDictionary<Type, RuleHooks> ByType = new();
    private static readonly int KindCount = Enum.GetValues<NodeKind>().Length;

    private readonly bool[] _enters;
    private readonly bool[] _leaves;

    private RuleHooks(Type visitorType)
    {
        _enters = Find(visitorType, "Enter");
        _leaves = Find(visitorType, "Leave");
    }

    public static RuleHooks Of(ASTVisitor visitor) => ByType.GetOrAdd(visitor.GetType(), static type => new RuleHooks(type));

    public bool Enters(NodeKind kind) => _enters[(int)kind];

    public bool Leaves(NodeKind kind) => _leaves[(int)kind];

    private static bool[] Find(Type visitorType, string prefix)
    {
        var hooks = new bool[KindCount];
        var everyKind = IsOverridden(visitorType, prefix, [typeof(INode), typeof(VisitorContext)]);
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            hooks[(int)kind] = everyKind || IsOverridden(visitorType, prefix + kind, null);
        }

        return hooks;
    }

    private static bool IsOverridden(Type visitorType, string name, Type[]? parameters)
    {
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var method = parameters is null ? visitorType.GetMethod(name, Flags) : visitorType.GetMethod(name, Flags, parameters);
        return method is not null && method.DeclaringType != typeof(ASTVisitor);
    }
}
