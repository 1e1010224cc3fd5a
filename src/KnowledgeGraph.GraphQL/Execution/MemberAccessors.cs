using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Readers of a named member of a CLR type, one per (type, GraphQL field name): dictionary and JSON
/// object entries, or public properties and fields through compiled expressions. Names match exactly
/// first, then ignoring case; a type without the member reads as null.
/// </summary>
internal static class MemberAccessors
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>> Cache = new();
    private static readonly Func<object, object?> Missing = static _ => null;

    public static Func<object, object?> Get(Type type, string name) => Cache.GetOrAdd((type, name), static key => Create(key.Type, key.Name));

    /// <summary>
    /// The public property or field the default resolver reads for <paramref name="name"/> on
    /// <paramref name="type"/>, or null when it reads an entry (dictionaries, JSON) or nothing.
    /// </summary>
    public static MemberInfo? ReadableMember(Type type, string name) =>
        typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type) || typeof(IDictionary).IsAssignableFrom(type) || type == typeof(JsonElement)
            ? null
            : FindMember(type, name, StringComparison.Ordinal) ?? FindMember(type, name, StringComparison.OrdinalIgnoreCase);

    private static Func<object, object?> Create(Type type, string name)
    {
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type))
        {
            return source => ReadEntry((IReadOnlyDictionary<string, object?>)source, name);
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return source => ReadEntry((IDictionary)source, name);
        }

        if (type == typeof(JsonElement))
        {
            return source => ReadProperty((JsonElement)source, name);
        }

        var member = FindMember(type, name, StringComparison.Ordinal) ?? FindMember(type, name, StringComparison.OrdinalIgnoreCase);
        return member is null ? Missing : Compile(type, member);
    }

    private static Func<object, object?> Compile(Type type, MemberInfo member)
    {
        var source = Expression.Parameter(typeof(object), "source");
        var typed = Expression.Convert(source, type);
        Expression read = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);

        // Booleans come back as shared boxes, saving an allocation per value.
        var boxed = read.Type == typeof(bool)
            ? Expression.Condition(read, Expression.Constant(JsValue.True, typeof(object)), Expression.Constant(JsValue.False, typeof(object)))
            : (Expression)Expression.Convert(read, typeof(object));
        return Expression.Lambda<Func<object, object?>>(boxed, source).Compile();
    }

    private static object? ReadEntry(IReadOnlyDictionary<string, object?> entries, string name)
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

    private static object? ReadEntry(IDictionary entries, string name)
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

    private static object? ReadProperty(JsonElement json, string name)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

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

    private static MemberInfo? FindMember(Type type, string name, StringComparison comparison)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead && string.Equals(property.Name, name, comparison))
            {
                return property;
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            if (string.Equals(field.Name, name, comparison))
            {
                return field;
            }
        }

        return null;
    }
}
