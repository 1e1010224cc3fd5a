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
    private static readonly ConditionalWeakTable<GraphQLField, MemberReader> Readers = [];

    /// <summary>The default reader of a field, shared by every plan that uses the field.</summary>
    public static MemberReader ReaderFor(GraphQLField field) => Readers.GetValue(field, static f => new MemberReader(f.Name));

    /// <summary>The default resolver for a field, as a resolver delegate.</summary>
    public static FieldResolver For(GraphQLField field) => ReaderFor(field).Resolve;
}
