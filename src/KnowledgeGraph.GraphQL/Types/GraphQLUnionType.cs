using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A union type: an abstract type that is one of several object types.</summary>
public sealed class GraphQLUnionType : GraphQLNamedType
{
    private readonly Func<IEnumerable<GraphQLObjectType>> _typesThunk;
    private IReadOnlyList<GraphQLObjectType>? _types;

    /// <summary>Creates a union type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="types">Produces the member types; called once, on first use.</param>
    /// <param name="resolveType">Names the object type of a resolved value; null to use the default resolution.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="astNode">The SDL definition, or null.</param>
    /// <param name="extensionAstNodes">The SDL extensions, or null.</param>
    public GraphQLUnionType(
        string name,
        Func<IEnumerable<GraphQLObjectType>> types,
        TypeResolver? resolveType = null,
        string? description = null,
        UnionTypeDefinitionNode? astNode = null,
        IReadOnlyList<UnionTypeExtensionNode>? extensionAstNodes = null)
        : base(TypeKind.Union, name, description, astNode, extensionAstNodes)
    {
        ArgumentNullException.ThrowIfNull(types);
        _typesThunk = types;
        ResolveType = resolveType;
    }

    /// <summary>The member types, in definition order.</summary>
    public IReadOnlyList<GraphQLObjectType> Types => _types ??= [.. _typesThunk()];

    /// <summary>Names the object type of a resolved value, or null for the default resolution.</summary>
    public TypeResolver? ResolveType { get; }
}
