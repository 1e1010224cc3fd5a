namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a list / non-null wrapper. <see cref="Kind"/> is stored so hot
/// paths switch on it instead of testing types. <see cref="object.ToString"/> prints the type as SDL
/// does (<c>[String!]!</c>), which is also how graphql-js's <c>inspect</c> shows types in messages.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType(TypeKind kind) => Kind = kind;

    /// <summary>The kind of type.</summary>
    public TypeKind Kind { get; }
}
