using System.Text.Json;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// One response key of a selection plan: the field definition, the field nodes merged under the key,
/// the resolver, the arguments when they hold no variables (coerced once), and the plans of its
/// sub-selection per runtime type.
/// </summary>
internal sealed class FieldPlan
{
    private readonly OperationPlan _operation;
    private readonly Lock _subPlansLock = new();
    private SelectionPlan? _singleSubPlan;

    // Replaced, never changed, when a runtime type is added, so reads need no lock.
    private Dictionary<GraphQLObjectType, SelectionPlan>? _subPlans;
    private ArgumentOutcome? _constantArguments;

    public FieldPlan(OperationPlan operation, string responseName, GraphQLObjectType parentType, GraphQLField field, FieldNode[] nodes)
    {
        _operation = operation;
        ResponseName = responseName;
        EncodedResponseName = JsonEncodedText.Encode(responseName, ResponseWriter.Encoder);
        ParentType = parentType;
        Field = field;
        Nodes = nodes;
        IsTypeName = ReferenceEquals(field, Introspection.TypeNameMetaField);
        Resolver = field.Resolve ?? DefaultFieldResolver.For(field);
        DefaultReader = field.Resolve is null ? DefaultFieldResolver.ReaderFor(field) : null;
        Leaf = LeafShortcuts.For(field.Type);
        ArgumentsUseVariables = field.Args.Count > 0 && ArgumentValues.UseVariables(nodes[0]);
        VariableArgumentsSlot = ArgumentsUseVariables ? operation.ClaimVariableArgumentsSlot() : -1;
    }

    public string ResponseName { get; }

    /// <summary>The response name escaped for JSON once, as every response writes it.</summary>
    public JsonEncodedText EncodedResponseName { get; }

    public GraphQLObjectType ParentType { get; }

    public GraphQLField Field { get; }

    public FieldNode[] Nodes { get; }

    public FieldResolver Resolver { get; }

    /// <summary>The member reader when the field has no resolver of its own, read without a resolver call.</summary>
    public MemberReader? DefaultReader { get; }

    /// <summary>Which values of the field's type are stored without calling <c>serialize</c>.</summary>
    public LeafShortcut Leaf { get; }

    /// <summary>Whether this is <c>__typename</c>, answered without calling a resolver.</summary>
    public bool IsTypeName { get; }

    /// <summary>Whether the arguments refer to variables, so they are coerced per request.</summary>
    public bool ArgumentsUseVariables { get; }

    /// <summary>Where a request keeps this field's arguments, coerced once per request, when they use variables.</summary>
    public int VariableArgumentsSlot { get; }

    /// <summary>The arguments coerced without variables, computed on first use.</summary>
    public ArgumentOutcome ConstantArguments =>
        _constantArguments ??= ArgumentValues.Coerce(Field.Args, Nodes[0], Nodes[0].Arguments, variables: null);

    /// <summary>The plan of this field's sub-selection for a runtime object type.</summary>
    public SelectionPlan GetSubPlan(GraphQLObjectType runtimeType, ExecutionContext context)
    {
        var single = Volatile.Read(ref _singleSubPlan);
        if (single is not null && ReferenceEquals(single.Type, runtimeType))
        {
            return single;
        }

        if (Volatile.Read(ref _subPlans) is { } known && known.TryGetValue(runtimeType, out var knownPlan))
        {
            return knownPlan;
        }

        lock (_subPlansLock)
        {
            if (_singleSubPlan is null)
            {
                _singleSubPlan = _operation.CollectSubfields(runtimeType, Nodes, context);
                return _singleSubPlan;
            }

            if (ReferenceEquals(_singleSubPlan.Type, runtimeType))
            {
                return _singleSubPlan;
            }

            if (_subPlans?.TryGetValue(runtimeType, out var plan) is true)
            {
                return plan;
            }

            plan = _operation.CollectSubfields(runtimeType, Nodes, context);
            var plans = _subPlans is null
                ? new Dictionary<GraphQLObjectType, SelectionPlan>(ReferenceEqualityComparer.Instance)
                : new Dictionary<GraphQLObjectType, SelectionPlan>(_subPlans, ReferenceEqualityComparer.Instance);
            plans[runtimeType] = plan;
            Volatile.Write(ref _subPlans, plans);
            return plan;
        }
    }
}
