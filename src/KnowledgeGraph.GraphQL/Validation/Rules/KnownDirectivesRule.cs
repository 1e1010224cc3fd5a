using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every directive used must be defined, by the schema or the document, and be used only at a
/// location its definition allows.
/// See <see href="https://spec.graphql.org/October2021/#sec-Directives-Are-Defined">Directives Are Defined</see>
/// and <see href="https://spec.graphql.org/October2021/#sec-Directives-Are-In-Valid-Locations">Directives Are In Valid Locations</see>.
/// </summary>
internal sealed class KnownDirectivesRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction EnterDirective(DirectiveNode node, VisitorContext visit)
    {
        var name = node.Name.Value;
        if (context.Directives.Find(name) is not { } directive)
        {
            context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", node));
            return VisitorAction.Continue;
        }

        if (LocationOf(visit) is { } location && !directive.AllowsLocation(location))
        {
            context.ReportError(new GraphQLError($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", node));
        }

        return VisitorAction.Continue;
    }

    /// <summary>The location of the node a directive is applied to.</summary>
    private static DirectiveLocation? LocationOf(VisitorContext visit) => visit.Parent switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        },
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,

        // As in graphql-js, only fields of an input object definition (not of an extension) count as
        // input field definitions.
        InputValueDefinitionNode => visit.Ancestors[^2] is InputObjectTypeDefinitionNode
            ? DirectiveLocation.InputFieldDefinition
            : DirectiveLocation.ArgumentDefinition,
        _ => null,
    };
}
