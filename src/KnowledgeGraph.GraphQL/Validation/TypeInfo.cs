using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, which schema elements the current node refers to: the output
/// type, the enclosing composite type, the field, the input type of a value position, the argument,
/// the directive, the enum value and the default value of the position. Mirrors graphql-js's
/// <c>TypeInfo</c>: <see cref="Enter"/> before a node's hooks run and <see cref="Leave"/> after.
/// Positions the schema does not know hold null rather than failing, since validation must cope with
/// any document.
/// </summary>
internal sealed partial class TypeInfo(GraphQLSchema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<GraphQLNamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<GraphQLField?> _fieldDefStack = [];

    // The definition whose default value applies at each input position (null: no default there).
    private readonly List<IInputValueDefinition?> _defaultValueStack = [];

    /// <summary>The output type of the current position, or null when unknown.</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set encloses the current position, or null.</summary>
    public GraphQLNamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The input type expected at the current value position, or null.</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type of the position enclosing the current one (the list or input object), or null.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The field being selected, or null.</summary>
    public GraphQLField? FieldDefinition => Peek(_fieldDefStack);

    /// <summary>Whether the current value position has a default value (an argument's or input field's).</summary>
    public bool HasDefaultValue => Peek(_defaultValueStack)?.HasDefaultValue == true;

    /// <summary>The default value of the current value position; meaningful when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue => Peek(_defaultValueStack)?.DefaultValue;

    /// <summary>The directive being applied, or null.</summary>
    public GraphQLDirective? Directive { get; private set; }

    /// <summary>The argument being given, or null.</summary>
    public GraphQLArgument? Argument { get; private set; }

    /// <summary>The enum value being written, or null.</summary>
    public GraphQLEnumValue? EnumValue { get; private set; }

    /// <summary>
    /// The field a selection names on a parent type, counting the meta fields: <c>__schema</c> and
    /// <c>__type</c> on the query type only, <c>__typename</c> on every composite type.
    /// </summary>
    public static GraphQLField? GetFieldDefinition(GraphQLSchema schema, GraphQLNamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (ReferenceEquals(parentType, schema.QueryType))
            {
                if (fieldName == Introspection.SchemaMetaField.Name)
                {
                    return Introspection.SchemaMetaField;
                }

                if (fieldName == Introspection.TypeMetaField.Name)
                {
                    return Introspection.TypeMetaField;
                }
            }

            if (fieldName == Introspection.TypeNameMetaField.Name && parentType.IsCompositeType())
            {
                return Introspection.TypeNameMetaField;
            }
        }

        return parentType is GraphQLImplementingType implementing ? implementing.GetField(fieldName) : null;
    }

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
