namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Reads one field's same-named member from source values (see <see cref="DefaultFieldResolver"/>),
/// remembering the accessor of the last CLR type it saw.
/// </summary>
internal sealed class MemberReader(string name)
{
    private CachedAccessor? _last;

    /// <summary>The member's value, which may be a task still to await; null for a null source.</summary>
    public object? Read(object? source) => source is null ? null : Read(source, source.GetType());

    /// <summary>
    /// The member's value, which may be a task still to await, when the caller knows the source's type:
    /// the fields of one object share one <see cref="object.GetType"/>.
    /// </summary>
    public object? Read(object source, Type type)
    {
        var last = _last;
        if (last is null || last.Type != type)
        {
            last = new CachedAccessor(type, MemberAccessors.Get(type, name));
            _last = last;
        }

        return last.Read(source);
    }

    /// <summary>The member's value as a resolver returns it, a task's result awaited.</summary>
    public ValueTask<object?> Resolve(ResolveFieldContext context) => TaskValues.Resolve(Read(context.Source));

    private sealed record CachedAccessor(Type Type, Func<object, object?> Read);
}
