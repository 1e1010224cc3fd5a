using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An input object type: a structured argument or variable value.</summary>
public sealed class GraphQLInputObjectType : GraphQLNamedType
{
    private readonly Func<IEnumerable<GraphQLInputField>> _fieldsThunk;
    private IReadOnlyDictionary<string, GraphQLInputField>? _fields;

    /// <summary>Creates an input object type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="fields">Produces the fields; called once, on first use.</param>
    /// <param name="isOneOf">Whether exactly one field must be given (<c>@oneOf</c>).</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="astNode">The SDL definition, or null.</param>
    /// <param name="extensionAstNodes">The SDL extensions, or null.</param>
    public GraphQLInputObjectType(
        string name,
        Func<IEnumerable<GraphQLInputField>> fields,
        bool isOneOf = false,
        string? description = null,
        InputObjectTypeDefinitionNode? astNode = null,
        IReadOnlyList<InputObjectTypeExtensionNode>? extensionAstNodes = null)
        : base(TypeKind.InputObject, name, description, astNode, extensionAstNodes)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fieldsThunk = fields;
        IsOneOf = isOneOf;
    }

    /// <summary>Whether exactly one field must be given, with a non-null value (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; }

    /// <summary>The fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, GraphQLInputField> Fields => _fields ??= BuildFields();

    private OrderedDictionary<string, GraphQLInputField> BuildFields()
    {
        var fields = new OrderedDictionary<string, GraphQLInputField>(StringComparer.Ordinal);
        foreach (var field in _fieldsThunk())
        {
            fields[field.Name] = field;
        }

        return fields;
    }
}
