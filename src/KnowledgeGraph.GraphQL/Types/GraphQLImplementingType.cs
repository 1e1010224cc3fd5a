using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// An object or interface type: a named type with fields that may implement interfaces. Fields and
/// interfaces are given as functions, evaluated once on first use, so types can refer to each other
/// (as graphql-js's field thunks allow).
/// </summary>
public abstract class GraphQLImplementingType : GraphQLNamedType
{
    private readonly Func<IEnumerable<GraphQLField>> _fieldsThunk;
    private readonly Func<IEnumerable<GraphQLInterfaceType>>? _interfacesThunk;
    private IReadOnlyDictionary<string, GraphQLField>? _fields;
    private IReadOnlyList<GraphQLInterfaceType>? _interfaces;

    private protected GraphQLImplementingType(
        TypeKind kind,
        string name,
        Func<IEnumerable<GraphQLField>> fields,
        Func<IEnumerable<GraphQLInterfaceType>>? interfaces,
        string? description,
        ITypeDefinitionNode? astNode,
        IReadOnlyList<ITypeExtensionNode>? extensionAstNodes)
        : base(kind, name, description, astNode, extensionAstNodes)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fieldsThunk = fields;
        _interfacesThunk = interfaces;
    }

    /// <summary>The fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, GraphQLField> Fields => _fields ??= BuildFields();

    /// <summary>The interfaces implemented, in definition order.</summary>
    public IReadOnlyList<GraphQLInterfaceType> Interfaces => _interfaces ??= _interfacesThunk is null ? [] : [.. _interfacesThunk()];

    /// <summary>The field with the given name, or null.</summary>
    public GraphQLField? GetField(string name) => Fields.GetValueOrDefault(name);

    private OrderedDictionary<string, GraphQLField> BuildFields()
    {
        var fields = new OrderedDictionary<string, GraphQLField>(StringComparer.Ordinal);
        foreach (var field in _fieldsThunk())
        {
            // A later definition wins, as with graphql-js's field maps.
            fields[field.Name] = field;
        }

        return fields;
    }
}
