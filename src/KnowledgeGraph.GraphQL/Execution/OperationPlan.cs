using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The execution plan of one operation of a document against a schema: the root selection plan and,
/// grown lazily, the plans of every sub-selection reached. A plan whose <c>@skip</c>/<c>@include</c>
/// conditions read variables belongs to one request; otherwise it is cached with the document.
/// </summary>
internal sealed class OperationPlan
{
    private readonly Lock _rootLock = new();
    private SelectionPlan? _rootPlan;
    private int _variableArgumentsSlots;

    public OperationPlan(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        IsShareable = !FieldCollector.HasVariableConditions(operation, fragments);
    }

    public GraphQLSchema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>Whether no <c>@skip</c>/<c>@include</c> reads a variable, so the plan can serve every request.</summary>
    public bool IsShareable { get; }

    /// <summary>A new slot of the per-request array holding the arguments of fields that use variables.</summary>
    public int ClaimVariableArgumentsSlot() => Interlocked.Increment(ref _variableArgumentsSlots) - 1;

    /// <summary>The plan of the operation's selection set on its root type.</summary>
    /// <exception cref="Errors.GraphQLError">When a directive's arguments cannot be coerced.</exception>
    public SelectionPlan GetRootPlan(GraphQLObjectType rootType, ExecutionContext context)
    {
        if (Volatile.Read(ref _rootPlan) is { } built)
        {
            return built;
        }

        lock (_rootLock)
        {
            return _rootPlan ??= BuildPlan(rootType, [Operation.SelectionSet], context.Variables);
        }
    }

    /// <summary>graphql-js's <c>collectSubfields</c>: the plan of the merged sub-selections of a field's nodes.</summary>
    public SelectionPlan CollectSubfields(GraphQLObjectType runtimeType, FieldNode[] nodes, ExecutionContext context)
    {
        var selectionSets = new List<SelectionSetNode>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                selectionSets.Add(selectionSet);
            }
        }

        return BuildPlan(runtimeType, selectionSets, context.Variables);
    }

    private SelectionPlan BuildPlan(
        GraphQLObjectType type,
        List<SelectionSetNode> selectionSets,
        IReadOnlyDictionary<string, object?> variables)
    {
        var grouped = FieldCollector.Collect(Schema, Fragments, variables, type, selectionSets);
        var fields = new List<FieldPlan>(grouped.Count);
        foreach (var (responseName, nodes) in grouped)
        {
            if (GetFieldDefinition(type, nodes[0].Name.Value) is { } definition)
            {
                fields.Add(new FieldPlan(this, responseName, type, definition, [.. nodes]));
            }
        }

        return new SelectionPlan(type, [.. fields], IsShareable);
    }

    // graphql-js's getFieldDef: __schema and __type exist on the query root type only.
    private GraphQLField? GetFieldDefinition(GraphQLObjectType parentType, string fieldName)
    {
        switch (fieldName)
        {
            case "__schema" when ReferenceEquals(Schema.QueryType, parentType):
                return Introspection.SchemaMetaField;
            case "__type" when ReferenceEquals(Schema.QueryType, parentType):
                return Introspection.TypeMetaField;
            case "__typename":
                return Introspection.TypeNameMetaField;
            default:
                return parentType.GetField(fieldName);
        }
    }
}
