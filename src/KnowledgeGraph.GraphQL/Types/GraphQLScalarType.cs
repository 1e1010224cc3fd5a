using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// A leaf type whose values are coerced by three functions, as in graphql-js: <see cref="Serialize"/>
/// turns a resolved value into a result value, <see cref="ParseValue"/> turns a variable's value into
/// the internal value and <see cref="ParseLiteral"/> does the same for a literal in the document. Each
/// throws a <see cref="Errors.GraphQLError"/> for a value it cannot represent.
/// </summary>
public sealed class GraphQLScalarType : GraphQLNamedType
{
    private readonly Func<object, object?> _serialize;
    private readonly Func<object, object?> _parseValue;
    private readonly Func<IValueNode, IReadOnlyDictionary<string, object?>?, object?>? _parseLiteral;

    /// <summary>Creates a scalar; functions left null behave as graphql-js's defaults (identity, literal via <see cref="ParseValue"/>).</summary>
    public GraphQLScalarType(
        string name,
        string? description = null,
        string? specifiedByUrl = null,
        Func<object, object?>? serialize = null,
        Func<object, object?>? parseValue = null,
        Func<IValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral = null,
        ScalarTypeDefinitionNode? astNode = null,
        IReadOnlyList<ScalarTypeExtensionNode>? extensionAstNodes = null)
        : base(TypeKind.Scalar, name, description, astNode, extensionAstNodes)
    {
        SpecifiedByUrl = specifiedByUrl;
        _serialize = serialize ?? (static value => value);
        _parseValue = parseValue ?? (static value => value);
        _parseLiteral = parseLiteral;
    }

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy(url:)</c>), or null.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>Coerces a resolved (non-null) value to a result value.</summary>
    public object? Serialize(object value) => _serialize(value);

    /// <summary>Coerces a (non-null) variable value to an internal value.</summary>
    public object? ParseValue(object value) => _parseValue(value);

    /// <summary>Coerces a literal to an internal value; variables inside it are looked up in <paramref name="variables"/>.</summary>
    public object? ParseLiteral(IValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (_parseLiteral is not null)
        {
            return _parseLiteral(valueNode, variables);
        }

        var raw = ValueFromAstUntyped.Convert(valueNode, variables);
        return raw is null ? null : _parseValue(raw);
    }
}
