using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>graphql-js's <c>typeFromAST</c>: the schema type a type reference names, or null when it names no type.</summary>
public static class TypeFromAst
{
    /// <summary>Resolves a type reference (<c>[Int!]</c>) against a schema.</summary>
    public static GraphQLType? Convert(GraphQLSchema schema, ITypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(typeNode);
        switch (typeNode)
        {
            case ListTypeNode list:
                return Convert(schema, list.Type) is { } item ? new GraphQLList(item) : null;
            case NonNullTypeNode nonNull:
                return Convert(schema, nonNull.Type) is { } inner ? new GraphQLNonNull(inner) : null;
            default:
                return schema.GetType(((NamedTypeNode)typeNode).Name.Value);
        }
    }
}
