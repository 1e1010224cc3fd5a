namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The per-kind enter hooks; each does nothing unless overridden.</summary>
public abstract partial class ASTVisitor
{
    /// <summary>Called on entering a <see cref="NameNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterName(NameNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="DocumentNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterDocument(DocumentNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="OperationDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="VariableDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterVariableDefinition(VariableDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="SelectionSetNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterSelectionSet(SelectionSetNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="FieldNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterField(FieldNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ArgumentNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterArgument(ArgumentNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="FragmentSpreadNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterFragmentSpread(FragmentSpreadNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="InlineFragmentNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterInlineFragment(InlineFragmentNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="FragmentDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="VariableNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterVariable(VariableNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="IntValueNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterIntValue(IntValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="FloatValueNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterFloatValue(FloatValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="StringValueNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterStringValue(StringValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="BooleanValueNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterBooleanValue(BooleanValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="NullValueNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterNullValue(NullValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="EnumValueNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterEnumValue(EnumValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ListValueNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterListValue(ListValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ObjectValueNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterObjectValue(ObjectValueNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ObjectFieldNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterObjectField(ObjectFieldNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="DirectiveNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterDirective(DirectiveNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="NamedTypeNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterNamedType(NamedTypeNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ListTypeNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterListType(ListTypeNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="NonNullTypeNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterNonNullType(NonNullTypeNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="SchemaDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterSchemaDefinition(SchemaDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="OperationTypeDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterOperationTypeDefinition(OperationTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ScalarTypeDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ObjectTypeDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="FieldDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterFieldDefinition(FieldDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="InputValueDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterInputValueDefinition(InputValueDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="InterfaceTypeDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="UnionTypeDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="EnumTypeDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="EnumValueDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterEnumValueDefinition(EnumValueDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="InputObjectTypeDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="DirectiveDefinitionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterDirectiveDefinition(DirectiveDefinitionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="SchemaExtensionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterSchemaExtension(SchemaExtensionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ScalarTypeExtensionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterScalarTypeExtension(ScalarTypeExtensionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="ObjectTypeExtensionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterObjectTypeExtension(ObjectTypeExtensionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="InterfaceTypeExtensionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="UnionTypeExtensionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterUnionTypeExtension(UnionTypeExtensionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="EnumTypeExtensionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterEnumTypeExtension(EnumTypeExtensionNode node, VisitorContext context) => VisitorAction.Continue;

    /// <summary>Called on entering a <see cref="InputObjectTypeExtensionNode"/>. Returning <see cref="VisitorAction.Skip"/> skips its children.</summary>
    protected virtual VisitorAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node, VisitorContext context) => VisitorAction.Continue;
}
