namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The per-kind leave hooks; each does nothing unless overridden.</summary>
public abstract partial class ASTVisitor
{
    /// <summary>Called on leaving a <see cref="NameNode"/>.</summary>
    protected virtual VisitorAction LeaveName(NameNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="DocumentNode"/>.</summary>
    protected virtual VisitorAction LeaveDocument(DocumentNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="OperationDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveOperationDefinition(OperationDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="VariableDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveVariableDefinition(VariableDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="SelectionSetNode"/>.</summary>
    protected virtual VisitorAction LeaveSelectionSet(SelectionSetNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="FieldNode"/>.</summary>
    protected virtual VisitorAction LeaveField(FieldNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ArgumentNode"/>.</summary>
    protected virtual VisitorAction LeaveArgument(ArgumentNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="FragmentSpreadNode"/>.</summary>
    protected virtual VisitorAction LeaveFragmentSpread(FragmentSpreadNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="InlineFragmentNode"/>.</summary>
    protected virtual VisitorAction LeaveInlineFragment(InlineFragmentNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="FragmentDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveFragmentDefinition(FragmentDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="VariableNode"/>.</summary>
    protected virtual VisitorAction LeaveVariable(VariableNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="IntValueNode"/>.</summary>
    protected virtual VisitorAction LeaveIntValue(IntValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="FloatValueNode"/>.</summary>
    protected virtual VisitorAction LeaveFloatValue(FloatValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="StringValueNode"/>.</summary>
    protected virtual VisitorAction LeaveStringValue(StringValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="BooleanValueNode"/>.</summary>
    protected virtual VisitorAction LeaveBooleanValue(BooleanValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="NullValueNode"/>.</summary>
    protected virtual VisitorAction LeaveNullValue(NullValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="EnumValueNode"/>.</summary>
    protected virtual VisitorAction LeaveEnumValue(EnumValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ListValueNode"/>.</summary>
    protected virtual VisitorAction LeaveListValue(ListValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ObjectValueNode"/>.</summary>
    protected virtual VisitorAction LeaveObjectValue(ObjectValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ObjectFieldNode"/>.</summary>
    protected virtual VisitorAction LeaveObjectField(ObjectFieldNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="DirectiveNode"/>.</summary>
    protected virtual VisitorAction LeaveDirective(DirectiveNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="NamedTypeNode"/>.</summary>
    protected virtual VisitorAction LeaveNamedType(NamedTypeNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ListTypeNode"/>.</summary>
    protected virtual VisitorAction LeaveListType(ListTypeNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="NonNullTypeNode"/>.</summary>
    protected virtual VisitorAction LeaveNonNullType(NonNullTypeNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="SchemaDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveSchemaDefinition(SchemaDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="OperationTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveOperationTypeDefinition(OperationTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ScalarTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ObjectTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="FieldDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveFieldDefinition(FieldDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="InputValueDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveInputValueDefinition(InputValueDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="InterfaceTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="UnionTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveUnionTypeDefinition(UnionTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="EnumTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveEnumTypeDefinition(EnumTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="EnumValueDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveEnumValueDefinition(EnumValueDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="InputObjectTypeDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="DirectiveDefinitionNode"/>.</summary>
    protected virtual VisitorAction LeaveDirectiveDefinition(DirectiveDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="SchemaExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveSchemaExtension(SchemaExtensionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ScalarTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveScalarTypeExtension(ScalarTypeExtensionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="ObjectTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveObjectTypeExtension(ObjectTypeExtensionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="InterfaceTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveInterfaceTypeExtension(InterfaceTypeExtensionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="UnionTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveUnionTypeExtension(UnionTypeExtensionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="EnumTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveEnumTypeExtension(EnumTypeExtensionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on leaving a <see cref="InputObjectTypeExtensionNode"/>.</summary>
    protected virtual VisitorAction LeaveInputObjectTypeExtension(InputObjectTypeExtensionNode node, VisitorContext context) => VisitorAction.Continue;
}
