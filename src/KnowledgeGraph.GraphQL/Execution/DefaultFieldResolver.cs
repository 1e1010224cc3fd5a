using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// graphql-js's <c>defaultFieldResolver</c> for C# values: a field without a resolver reads the
/// same-named entry of a dictionary or JSON object, or the same-named public property or field of an
/// object, matching names case-insensitively when no exact match exists. Each field remembers the
/// reader of the last CLR type it saw, so a list of objects of one type costs one type comparison and
/// one compiled accessor call per value, never reflection.
/// </summary>
internal static class DefaultFieldResolver
{
    private static readonly ConditionalWeakTable<GraphQLField, FieldResolver> Resolvers = [];

    /// <summary>The default resolver for a field, shared by every plan that uses the field.</summary>
    public static FieldResolver For(GraphQLField field) =>
        Resolvers.GetValue(field, static f => new MemberReader(f.Name).Resolve);

    private sealed class MemberReader(string name)
    {
        private CachedReader? _last;

        public ValueTask<object?> Resolve(ResolveFieldContext context)
        {
            var source = context.Source;
            if (source is null)
            {
                return default;
            }

            var type = source.GetType();
            var last = _last;
            if (last is null || last.Type != type)
            {
                last = new CachedReader(type, MemberAccessors.Get(type, name));
                _last = last;
            }

            return TaskValues.Resolve(last.Read(source));
        }
    }

    private sealed record CachedReader(Type Type, Func<object, object?> Read);
}
