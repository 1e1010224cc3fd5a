using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An object type: the types whose values the executor resolves field by field.</summary>
public sealed class GraphQLObjectType : GraphQLImplementingType
{
    /// <summary>Creates an object type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="fields">Produces the fields; called once, on first use.</param>
    /// <param name="interfaces">Produces the implemented interfaces; called once, on first use.</param>
    /// <param name="isTypeOf">Tells whether a value belongs to this type, for abstract type resolution; null when unknown.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="astNode">The SDL definition, or null.</param>
    /// <param name="extensionAstNodes">The SDL extensions, or null.</param>
    public GraphQLObjectType(
        string name,
        Func<IEnumerable<GraphQLField>> fields,
        Func<IEnumerable<GraphQLInterfaceType>>? interfaces = null,
        IsTypeOfPredicate? isTypeOf = null,
        string? description = null,
        ObjectTypeDefinitionNode? astNode = null,
        IReadOnlyList<ObjectTypeExtensionNode>? extensionAstNodes = null)
        : base(TypeKind.Object, name, fields, interfaces, description, astNode, extensionAstNodes)
    {
        IsTypeOf = isTypeOf;
    }

    /// <summary>Tells whether a resolved value belongs to this type, or null.</summary>
    public IsTypeOfPredicate? IsTypeOf { get; }
}
