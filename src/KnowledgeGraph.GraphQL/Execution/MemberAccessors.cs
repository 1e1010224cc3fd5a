using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Compiled readers of public properties and fields, one per (CLR type, GraphQL field name).</summary>
internal static class MemberAccessors
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>> Cache = new();
    private static readonly Func<object, object?> Missing = static _ => null;

    /// <summary>The reader of the member <paramref name="name"/> of <paramref name="type"/> (exact name first, then ignoring case); absent members read as null.</summary>
    public static Func<object, object?> Get(Type type, string name) => Cache.GetOrAdd((type, name), static key => Compile(key.Type, key.Name));

    private static Func<object, object?> Compile(Type type, string name)
    {
        var member = FindMember(type, name, StringComparison.Ordinal) ?? FindMember(type, name, StringComparison.OrdinalIgnoreCase);
        if (member is null)
        {
            return Missing;
        }

        var source = Expression.Parameter(typeof(object), "source");
        var typed = Expression.Convert(source, type);
        var read = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
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
