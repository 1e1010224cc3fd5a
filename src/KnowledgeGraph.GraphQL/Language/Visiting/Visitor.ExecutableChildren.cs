namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The walk over documents, operations, selections, values and type references, in graphql-js's <c>QueryDocumentKeys</c> order.</summary>
public static partial class Visitor
{
    /// <summary>Visits the children of one of these kinds in order; false when the visit was stopped.</summary>
    private static bool VisitExecutableChildren(INode node, ASTVisitor visitor, VisitorContext context)
    {
        switch (node.Kind)
        {
            case NodeKind.Document:
            {
                var n = (DocumentNode)node;
                return VisitList(n.Definitions, visitor, context);
            }

            case NodeKind.OperationDefinition:
            {
                var n = (OperationDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitList(n.VariableDefinitions, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitOptional(n.SelectionSet, visitor, context);
            }

            case NodeKind.VariableDefinition:
            {
                var n = (VariableDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Variable, visitor, context)
                    && VisitOptional(n.Type, visitor, context)
                    && VisitOptional(n.DefaultValue, visitor, context)
                    && VisitList(n.Directives, visitor, context);
            }

            case NodeKind.SelectionSet:
            {
                var n = (SelectionSetNode)node;
                return VisitList(n.Selections, visitor, context);
            }

            case NodeKind.Field:
            {
                var n = (FieldNode)node;
                return VisitOptional(n.Alias, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Arguments, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitOptional(n.SelectionSet, visitor, context);
            }

            case NodeKind.Argument:
            {
                var n = (ArgumentNode)node;
                return VisitOptional(n.Name, visitor, context)
                    && VisitOptional(n.Value, visitor, context);
            }

            case NodeKind.FragmentSpread:
            {
                var n = (FragmentSpreadNode)node;
                return VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Directives, visitor, context);
            }

            case NodeKind.InlineFragment:
            {
                var n = (InlineFragmentNode)node;
                return VisitOptional(n.TypeCondition, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitOptional(n.SelectionSet, visitor, context);
            }

            case NodeKind.FragmentDefinition:
            {
                var n = (FragmentDefinitionNode)node;
                return VisitOptional(n.Description, visitor, context)
                    && VisitOptional(n.Name, visitor, context)
                    && VisitList(n.VariableDefinitions, visitor, context)
                    && VisitOptional(n.TypeCondition, visitor, context)
                    && VisitList(n.Directives, visitor, context)
                    && VisitOptional(n.SelectionSet, visitor, context);
            }

            case NodeKind.Variable:
            {
                var n = (VariableNode)node;
                return VisitOptional(n.Name, visitor, context);
            }

            case NodeKind.ListValue:
            {
                var n = (ListValueNode)node;
                return VisitList(n.Values, visitor, context);
            }

            case NodeKind.ObjectValue:
            {
                var n = (ObjectValueNode)node;
                return VisitList(n.Fields, visitor, context);
            }

            case NodeKind.ObjectField:
            {
                var n = (ObjectFieldNode)node;
                return VisitOptional(n.Name, visitor, context)
                    && VisitOptional(n.Value, visitor, context);
            }

            case NodeKind.Directive:
            {
                var n = (DirectiveNode)node;
                return VisitOptional(n.Name, visitor, context)
                    && VisitList(n.Arguments, visitor, context);
            }

            case NodeKind.NamedType:
            {
                var n = (NamedTypeNode)node;
                return VisitOptional(n.Name, visitor, context);
            }

            case NodeKind.ListType:
            {
                var n = (ListTypeNode)node;
                return VisitOptional(n.Type, visitor, context);
            }

            case NodeKind.NonNullType:
            {
                var n = (NonNullTypeNode)node;
                return VisitOptional(n.Type, visitor, context);
            }

            default:
                return true;
        }
    }
}
