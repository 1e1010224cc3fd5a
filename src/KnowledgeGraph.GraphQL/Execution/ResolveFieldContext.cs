using System.Globalization;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// What a resolver gets (graphql-js's <c>source</c>, <c>args</c>, <c>contextValue</c> and <c>info</c>
/// in one value): the parent value, the coerced arguments and the request. A struct, so calling a
/// resolver allocates nothing; the response path is computed only when asked for.
/// </summary>
public readonly struct ResolveFieldContext
{
    private readonly ExecutionContext _execution;

    internal ResolveFieldContext(
        ExecutionContext execution,
        FieldPlan plan,
        object? source,
        IReadOnlyDictionary<string, object?> arguments,
        ResultObject container,
        int index)
    {
        _execution = execution;
        Plan = plan;
        Source = source;
        Arguments = arguments;
        Container = container;
        Index = index;
    }

    /// <summary>The parent object's value (the root value for root fields).</summary>
    public object? Source { get; }

    /// <summary>The coerced arguments, defaults applied; an argument neither given nor defaulted is absent.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The field's definition.</summary>
    public GraphQLField FieldDefinition => Plan.Field;

    /// <summary>The field's name (not its alias).</summary>
    public string FieldName => Plan.Field.Name;

    /// <summary>The field nodes merged under this response key.</summary>
    public IReadOnlyList<FieldNode> FieldNodes => Plan.Nodes;

    /// <summary>The field's declared type.</summary>
    public GraphQLType ReturnType => Plan.Field.Type;

    /// <summary>The object type the field belongs to.</summary>
    public GraphQLObjectType ParentType => Plan.ParentType;

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema => _execution.Schema;

    /// <summary>The operation being executed.</summary>
    public OperationDefinitionNode Operation => _execution.Operation;

    /// <summary>The document's fragments by name.</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _execution.Plan.Fragments;

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> VariableValues => _execution.Variables;

    /// <summary>The request's root value.</summary>
    public object? RootValue => _execution.RootValue;

    /// <summary>The request's context value (graphql-js's <c>contextValue</c>).</summary>
    public object? UserContext => _execution.UserContext;

    /// <summary>The request's services, if the host gave any.</summary>
    public IServiceProvider? Services => _execution.Services;

    /// <summary>Signalled when the request is cancelled; pass it on to I/O.</summary>
    public CancellationToken CancellationToken => _execution.CancellationToken;

    /// <summary>The response path of this field: response names and list indices.</summary>
    public IReadOnlyList<object> Path => ResultNode.PathOf(Container, Index);

    internal FieldPlan Plan { get; }

    internal ResultObject Container { get; }

    internal int Index { get; }

    /// <summary>An argument's value converted to <typeparamref name="T"/>, or default when it is absent or null.</summary>
    public T? GetArgument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The request's data loader with the given name, created with <paramref name="batchLoad"/> on first use.
    /// Loads issued while the executor works are dispatched together when it has nothing else to do.
    /// </summary>
    public DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batchLoad)
        where TKey : notnull => _execution.DataLoaders.GetOrAdd(name, batchLoad);

    /// <summary>
    /// The request's data loader with the given name; its batch function is made from <paramref name="state"/> by
    /// <paramref name="createBatchLoad"/> only when the loader is created, so a resolver that loads once per parent
    /// allocates no batch function per call (pass a static lambda).
    /// </summary>
    public DataLoader<TKey, TValue> GetDataLoader<TKey, TValue, TState>(string name, TState state, Func<TState, BatchLoadFunction<TKey, TValue>> createBatchLoad)
        where TKey : notnull => _execution.DataLoaders.GetOrAdd(name, state, createBatchLoad);
}
