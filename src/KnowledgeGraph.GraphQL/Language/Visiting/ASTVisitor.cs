namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// A visitor over the AST, for <see cref="Visitor.Visit"/>. Override the typed hooks
/// (<c>EnterField</c>, <c>LeaveOperationDefinition</c>, ...) or, to see every node, <see cref="Enter"/> and
/// <see cref="Leave"/> themselves. Dispatch is a switch over <see cref="NodeKind"/>: no reflection.
/// </summary>
public abstract partial class ASTVisitor
{
    /// <summary>Called before a node's children. <see cref="VisitorAction.Skip"/> skips them (and this node's <see cref="Leave"/>); <see cref="VisitorAction.Break"/> stops the visit.</summary>
    public virtual VisitorAction Enter(INode node, VisitorContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            NodeKind.Name => EnterName((NameNode)node, context),
            NodeKind.Document => EnterDocument((DocumentNode)node, context),
            NodeKind.OperationDefinition => EnterOperationDefinition((OperationDefinitionNode)node, context),
            NodeKind.VariableDefinition => EnterVariableDefinition((VariableDefinitionNode)node, context),
            NodeKind.SelectionSet => EnterSelectionSet((SelectionSetNode)node, context),
            NodeKind.Field => EnterField((FieldNode)node, context),
            NodeKind.Argument => EnterArgument((ArgumentNode)node, context),
            NodeKind.FragmentSpread => EnterFragmentSpread((FragmentSpreadNode)node, context),
            NodeKind.InlineFragment => EnterInlineFragment((InlineFragmentNode)node, context),
            NodeKind.FragmentDefinition => EnterFragmentDefinition((FragmentDefinitionNode)node, context),
            NodeKind.Variable => EnterVariable((VariableNode)node, context),
            NodeKind.IntValue => EnterIntValue((IntValueNode)node, context),
            NodeKind.FloatValue => EnterFloatValue((FloatValueNode)node, context),
            NodeKind.StringValue => EnterStringValue((StringValueNode)node, context),
            NodeKind.BooleanValue => EnterBooleanValue((BooleanValueNode)node, context),
            NodeKind.NullValue => EnterNullValue((NullValueNode)node, context),
            NodeKind.EnumValue => EnterEnumValue((EnumValueNode)node, context),
            NodeKind.ListValue => EnterListValue((ListValueNode)node, context),
            NodeKind.ObjectValue => EnterObjectValue((ObjectValueNode)node, context),
            NodeKind.ObjectField => EnterObjectField((ObjectFieldNode)node, context),
            NodeKind.Directive => EnterDirective((DirectiveNode)node, context),
            NodeKind.NamedType => EnterNamedType((NamedTypeNode)node, context),
            NodeKind.ListType => EnterListType((ListTypeNode)node, context),
            NodeKind.NonNullType => EnterNonNullType((NonNullTypeNode)node, context),
            NodeKind.SchemaDefinition => EnterSchemaDefinition((SchemaDefinitionNode)node, context),
            NodeKind.OperationTypeDefinition => EnterOperationTypeDefinition((OperationTypeDefinitionNode)node, context),
            NodeKind.ScalarTypeDefinition => EnterScalarTypeDefinition((ScalarTypeDefinitionNode)node, context),
            NodeKind.ObjectTypeDefinition => EnterObjectTypeDefinition((ObjectTypeDefinitionNode)node, context),
            NodeKind.FieldDefinition => EnterFieldDefinition((FieldDefinitionNode)node, context),
            NodeKind.InputValueDefinition => EnterInputValueDefinition((InputValueDefinitionNode)node, context),
            NodeKind.InterfaceTypeDefinition => EnterInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node, context),
            NodeKind.UnionTypeDefinition => EnterUnionTypeDefinition((UnionTypeDefinitionNode)node, context),
            NodeKind.EnumTypeDefinition => EnterEnumTypeDefinition((EnumTypeDefinitionNode)node, context),
            NodeKind.EnumValueDefinition => EnterEnumValueDefinition((EnumValueDefinitionNode)node, context),
            NodeKind.InputObjectTypeDefinition => EnterInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node, context),
            NodeKind.DirectiveDefinition => EnterDirectiveDefinition((DirectiveDefinitionNode)node, context),
            NodeKind.SchemaExtension => EnterSchemaExtension((SchemaExtensionNode)node, context),
            NodeKind.ScalarTypeExtension => EnterScalarTypeExtension((ScalarTypeExtensionNode)node, context),
            NodeKind.ObjectTypeExtension => EnterObjectTypeExtension((ObjectTypeExtensionNode)node, context),
            NodeKind.InterfaceTypeExtension => EnterInterfaceTypeExtension((InterfaceTypeExtensionNode)node, context),
            NodeKind.UnionTypeExtension => EnterUnionTypeExtension((UnionTypeExtensionNode)node, context),
            NodeKind.EnumTypeExtension => EnterEnumTypeExtension((EnumTypeExtensionNode)node, context),
            NodeKind.InputObjectTypeExtension => EnterInputObjectTypeExtension((InputObjectTypeExtensionNode)node, context),
            _ => VisitorAction.Continue,
        };
    }

    /// <summary>Called after a node's children. <see cref="VisitorAction.Break"/> stops the visit; <see cref="VisitorAction.Skip"/> means the same as continuing.</summary>
    public virtual VisitorAction Leave(INode node, VisitorContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            NodeKind.Name => LeaveName((NameNode)node, context),
            NodeKind.Document => LeaveDocument((DocumentNode)node, context),
            NodeKind.OperationDefinition => LeaveOperationDefinition((OperationDefinitionNode)node, context),
            NodeKind.VariableDefinition => LeaveVariableDefinition((VariableDefinitionNode)node, context),
            NodeKind.SelectionSet => LeaveSelectionSet((SelectionSetNode)node, context),
            NodeKind.Field => LeaveField((FieldNode)node, context),
            NodeKind.Argument => LeaveArgument((ArgumentNode)node, context),
            NodeKind.FragmentSpread => LeaveFragmentSpread((FragmentSpreadNode)node, context),
            NodeKind.InlineFragment => LeaveInlineFragment((InlineFragmentNode)node, context),
            NodeKind.FragmentDefinition => LeaveFragmentDefinition((FragmentDefinitionNode)node, context),
            NodeKind.Variable => LeaveVariable((VariableNode)node, context),
            NodeKind.IntValue => LeaveIntValue((IntValueNode)node, context),
            NodeKind.FloatValue => LeaveFloatValue((FloatValueNode)node, context),
            NodeKind.StringValue => LeaveStringValue((StringValueNode)node, context),
            NodeKind.BooleanValue => LeaveBooleanValue((BooleanValueNode)node, context),
            NodeKind.NullValue => LeaveNullValue((NullValueNode)node, context),
            NodeKind.EnumValue => LeaveEnumValue((EnumValueNode)node, context),
            NodeKind.ListValue => LeaveListValue((ListValueNode)node, context),
            NodeKind.ObjectValue => LeaveObjectValue((ObjectValueNode)node, context),
            NodeKind.ObjectField => LeaveObjectField((ObjectFieldNode)node, context),
            NodeKind.Directive => LeaveDirective((DirectiveNode)node, context),
            NodeKind.NamedType => LeaveNamedType((NamedTypeNode)node, context),
            NodeKind.ListType => LeaveListType((ListTypeNode)node, context),
            NodeKind.NonNullType => LeaveNonNullType((NonNullTypeNode)node, context),
            NodeKind.SchemaDefinition => LeaveSchemaDefinition((SchemaDefinitionNode)node, context),
            NodeKind.OperationTypeDefinition => LeaveOperationTypeDefinition((OperationTypeDefinitionNode)node, context),
            NodeKind.ScalarTypeDefinition => LeaveScalarTypeDefinition((ScalarTypeDefinitionNode)node, context),
            NodeKind.ObjectTypeDefinition => LeaveObjectTypeDefinition((ObjectTypeDefinitionNode)node, context),
            NodeKind.FieldDefinition => LeaveFieldDefinition((FieldDefinitionNode)node, context),
            NodeKind.InputValueDefinition => LeaveInputValueDefinition((InputValueDefinitionNode)node, context),
            NodeKind.InterfaceTypeDefinition => LeaveInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node, context),
            NodeKind.UnionTypeDefinition => LeaveUnionTypeDefinition((UnionTypeDefinitionNode)node, context),
            NodeKind.EnumTypeDefinition => LeaveEnumTypeDefinition((EnumTypeDefinitionNode)node, context),
            NodeKind.EnumValueDefinition => LeaveEnumValueDefinition((EnumValueDefinitionNode)node, context),
            NodeKind.InputObjectTypeDefinition => LeaveInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node, context),
            NodeKind.DirectiveDefinition => LeaveDirectiveDefinition((DirectiveDefinitionNode)node, context),
            NodeKind.SchemaExtension => LeaveSchemaExtension((SchemaExtensionNode)node, context),
            NodeKind.ScalarTypeExtension => LeaveScalarTypeExtension((ScalarTypeExtensionNode)node, context),
            NodeKind.ObjectTypeExtension => LeaveObjectTypeExtension((ObjectTypeExtensionNode)node, context),
            NodeKind.InterfaceTypeExtension => LeaveInterfaceTypeExtension((InterfaceTypeExtensionNode)node, context),
            NodeKind.UnionTypeExtension => LeaveUnionTypeExtension((UnionTypeExtensionNode)node, context),
            NodeKind.EnumTypeExtension => LeaveEnumTypeExtension((EnumTypeExtensionNode)node, context),
            NodeKind.InputObjectTypeExtension => LeaveInputObjectTypeExtension((InputObjectTypeExtensionNode)node, context),
            _ => VisitorAction.Continue,
        };
    }
}
