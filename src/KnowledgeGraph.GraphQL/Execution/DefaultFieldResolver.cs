using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// graphql-js's <c>defaultFieldResolver</c> for C# values: a field without a resolver reads the
/// same-named entry of a dictionary or JSON object, or the same-named public property or field of an
/// object, matching names case-insensitively when no exact match exists. Property reads go through
/// compiled accessors cached per CLR type, never reflection per call.
/// </summary>
internal static class DefaultFieldResolver
{
    private static readonly ConditionalWeakTable<GraphQLField, FieldResolver> Resolvers = [];

    /// <summary>The default resolver for a field, shared by every plan that uses the field.</summary>
    public static FieldResolver For(GraphQLField field) =>
        Resolvers.GetValue(field, static f => new MemberReader(f.Name).Resolve);

    private sealed class MemberReader(string name)
    {
        private CachedAccessor? _last;

        public ValueTask<object?> Resolve(ResolveFieldContext context) => new(Read(context.Source));

        private object? Read(object? source) => source switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> entries => ReadEntry(entries),
            IDictionary entries => ReadEntry(entries),
            JsonElement { ValueKind: JsonValueKind.Object } json => ReadProperty(json),
            JsonElement => null,
            _ => ReadMember(source),
        };

        private object? ReadEntry(IReadOnlyDictionary<string, object?> entries)
        {
            if (entries.TryGetValue(name, out var value))
            {
                return value;
            }

            foreach (var (key, entry) in entries)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return entry;
                }
            }

            return null;
        }

        private object? ReadEntry(IDictionary entries)
        {
            if (entries.Contains(name))
            {
                return entries[name];
            }

            foreach (DictionaryEntry entry in entries)
            {
                if (entry.Key is string key && string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return entry.Value;
                }
            }

            return null;
        }

        private object? ReadProperty(JsonElement json)
        {
            if (json.TryGetProperty(name, out var property))
            {
                return property;
            }

            foreach (var candidate in json.EnumerateObject())
            {
                if (string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate.Value;
                }
            }

            return null;
        }

        private object? ReadMember(object source)
        {
            var type = source.GetType();
            var last = _last;
            if (last is null || last.Type != type)
            {
                last = new CachedAccessor(type, MemberAccessors.Get(type, name));
                _last = last;
            }

            return last.Read(source);
        }
    }

    private sealed record CachedAccessor(Type Type, Func<object, object?> Read);
}
