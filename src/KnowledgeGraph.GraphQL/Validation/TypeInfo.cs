using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, which schema elements the current node refers to: the output
/// type, the enclosing composite type, the field, the input type of a value position, the argument,
/// the directive, the enum value and the default value of the position. Mirrors graphql-js's
/// <c>TypeInfo</c>: <see cref="Enter"/> before a node's hooks run and <see cref="Leave"/> after.
/// Positions the schema does not know hold null rather than failing, since validation must cope with
/// any document.
/// </summary>
internal sealed class TypeInfo(GraphQLSchema schema)
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

    /// <summary>Updates the state on entering a node.</summary>
    public void Enter(INode node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                _parentTypeStack.Add(Type?.GetNamedType() is { } named && named.IsCompositeType() ? named : null);
                break;
            case NodeKind.Field:
                EnterField((FieldNode)node);
                break;
            case NodeKind.Directive:
                Directive = schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;
            case NodeKind.OperationDefinition:
                _typeStack.Add(schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;
            case NodeKind.InlineFragment:
                EnterFragment(((InlineFragmentNode)node).TypeCondition);
                break;
            case NodeKind.FragmentDefinition:
                EnterFragment(((FragmentDefinitionNode)node).TypeCondition);
                break;
            case NodeKind.VariableDefinition:
                var variableType = TypeFromAst.Convert(schema, ((VariableDefinitionNode)node).Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case NodeKind.Argument:
                EnterArgument((ArgumentNode)node);
                break;
            case NodeKind.ListValue:
                var listType = InputType?.GetNullableType();
                var itemType = listType is GraphQLList list ? list.OfType : listType;

                // List positions never have a default value.
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            case NodeKind.ObjectField:
                EnterObjectField((ObjectFieldNode)node);
                break;
            case NodeKind.EnumValue:
                EnumValue = InputType?.GetNamedType() is GraphQLEnumType enumType
                    ? enumType.GetValue(((EnumValueNode)node).Value)
                    : null;
                break;
        }
    }

    /// <summary>Restores the state on leaving a node.</summary>
    public void Leave(INode node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case NodeKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case NodeKind.Directive:
                Directive = null;
                break;
            case NodeKind.OperationDefinition:
            case NodeKind.InlineFragment:
            case NodeKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case NodeKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case NodeKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.ListValue:
            case NodeKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

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

    private void EnterField(FieldNode node)
    {
        var fieldDef = ParentType is { } parentType ? GetFieldDefinition(schema, parentType, node.Name.Value) : null;
        _fieldDefStack.Add(fieldDef);
        _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType() ? fieldDef.Type : null);
    }

    private void EnterFragment(NamedTypeNode? typeCondition)
    {
        GraphQLType? outputType = typeCondition is null ? Type?.GetNamedType() : schema.GetType(typeCondition.Name.Value);
        _typeStack.Add(outputType is not null && outputType.IsOutputType() ? outputType : null);
    }

    private void EnterArgument(ArgumentNode node)
    {
        var argumentDef = Directive is { } directive
            ? directive.GetArgument(node.Name.Value)
            : FieldDefinition?.GetArgument(node.Name.Value);
        Argument = argumentDef;
        _defaultValueStack.Add(argumentDef);
        _inputTypeStack.Add(argumentDef is not null && argumentDef.Type.IsInputType() ? argumentDef.Type : null);
    }

    private void EnterObjectField(ObjectFieldNode node)
    {
        GraphQLInputField? inputField = null;
        if (InputType?.GetNamedType() is GraphQLInputObjectType objectType)
        {
            inputField = objectType.Fields.GetValueOrDefault(node.Name.Value);
        }

        _defaultValueStack.Add(inputField);
        _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
    }

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
