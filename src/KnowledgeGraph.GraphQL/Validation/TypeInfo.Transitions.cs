using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>How entering and leaving each kind of node changes the state.</summary>
internal sealed partial class TypeInfo
{
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
}
