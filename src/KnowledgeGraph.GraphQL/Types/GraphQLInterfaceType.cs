using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An interface type: an abstract type whose implementations share its fields.</summary>
public sealed class GraphQLInterfaceType : GraphQLImplementingType
{
    /// <summary>Creates an interface type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="fields">Produces the fields; called once, on first use.</param>
    /// <param name="interfaces">Produces the implemented interfaces; called once, on first use.</param>
    /// <param name="resolveType">Names the object type of a resolved value; null to use the default resolution.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="astNode">The SDL definition, or null.</param>
    /// <param name="extensionAstNodes">The SDL extensions, or null.</param>
    public GraphQLInterfaceType(
        string name,
        Func<IEnumerable<GraphQLField>> fields,
        Func<IEnumerable<GraphQLInterfaceType>>? interfaces = null,
        TypeResolver? resolveType = null,
        string? description = null,
        InterfaceTypeDefinitionNode? astNode = null,
        IReadOnlyList<InterfaceTypeExtensionNode>? extensionAstNodes = null)
        : base(TypeKind.Interface, name, fields, interfaces, description, astNode, extensionAstNodes)
    {
        ResolveType = resolveType;
    }

    /// <summary>Names the object type of a resolved value, or null for the default resolution.</summary>
    public TypeResolver? ResolveType { get; }
}
