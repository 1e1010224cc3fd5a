namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The walk over type system definitions and extensions, in graphql-js's <c>QueryDocumentKeys</c> order.</summary>
public static partial class Visitor
{
    /// <summary>Visits the children of one of these kinds in order; false when the visit was stopped.</summary>
    private static bool VisitTypeSystemChildren(INode node, ASTVisitor visitor, VisitorContext context)
    {
        switch (node.Kind)
        {
            case NodeKind.SchemaDefinition:
            {
                var n = (SchemaDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitList(n.OperationTypes, visitor, context);
            }

            case NodeKind.OperationTypeDefinition:
            {
                var n = (OperationTypeDefinitionNode)node;
                return VisitOptional(n.Type, visitor, context);
            }

            case NodeKind.ScalarTypeDefinition:
            {
                var n = (ScalarTypeDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Directives, visitor, context);
            }

            case NodeKind.ObjectTypeDefinition:
            {
                var n = (ObjectTypeDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Interfaces, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitList(n.Fields, visitor, context);
            }

            case NodeKind.FieldDefinition:
            {
                var n = (FieldDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Arguments, visitor, context)
                    && VisitOptional(n.Type, visitor, context)
                    && VisitList(n.Directives, visitor, context);
            }

            case NodeKind.InputValueDefinition:
            {
                var n = (InputValueDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitOptional(n.Type, visitor, context)
                    && VisitOptional(n.DefaultValue, visitor, context)
                    && VisitList(n.Directives, visitor, context);
            }

            case NodeKind.InterfaceTypeDefinition:
            {
                var n = (InterfaceTypeDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Interfaces, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitList(n.Fields, visitor, context);
            }

            case NodeKind.UnionTypeDefinition:
            {
                var n = (UnionTypeDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitList(n.Types, visitor, context);
            }

            case NodeKind.EnumTypeDefinition:
            {
                var n = (EnumTypeDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitList(n.Values, visitor, context);
            }

            case NodeKind.EnumValueDefinition:
            {
                var n = (EnumValueDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Directives, visitor, context);
            }

            case NodeKind.InputObjectTypeDefinition:
            {
                var n = (InputObjectTypeDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitList(n.Fields, visitor, context);
            }

            case NodeKind.DirectiveDefinition:
            {
                var n = (DirectiveDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Arguments, visitor, context)
                    && VisitList(n.Locations, visitor, context);
            }

            case NodeKind.SchemaExtension:
            {
                var n = (SchemaExtensionNode)node;
                return VisitList(n.Directives, visitor, context)
                    && VisitList(n.OperationTypes, visitor, context);
            }

            case NodeKind.ScalarTypeExtension:
            {
                var n = (ScalarTypeExtensionNode)node;
                return VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Directives, visitor, context);
            }

            case NodeKind.ObjectTypeExtension:
            {
                var n = (ObjectTypeExtensionNode)node;
                return VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Interfaces, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitList(n.Fields, visitor, context);
            }

            case NodeKind.InterfaceTypeExtension:
            {
                var n = (InterfaceTypeExtensionNode)node;
                return VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Interfaces, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitList(n.Fields, visitor, context);
            }

            case NodeKind.UnionTypeExtension:
            {
                var n = (UnionTypeExtensionNode)node;
                return VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitList(n.Types, visitor, context);
            }

            case NodeKind.EnumTypeExtension:
            {
                var n = (EnumTypeExtensionNode)node;
                return VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitList(n.Values, visitor, context);
            }

            case NodeKind.InputObjectTypeExtension:
            {
                var n = (InputObjectTypeExtensionNode)node;
                return VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitList(n.Fields, visitor, context);
            }

            default:
                return true;
        }
    }
}
