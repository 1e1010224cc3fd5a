using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// A fragment's type condition must name an object, interface or union type: fragments select fields,
/// and only those types have fields.
/// See <see href="https://spec.graphql.org/October2021/#sec-Fragments-On-Composite-Types">Fragments On Composite Types</see>.
/// </summary>
internal sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction EnterInlineFragment(InlineFragmentNode node, VisitorContext visit)
    {
        if (node.TypeCondition is { } typeCondition && IsNonCompositeType(typeCondition))
        {
            context.ReportError(new GraphQLError(
                $"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".",
                typeCondition));
        }

        return VisitorAction.Continue;
    }

    protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitorContext visit)
    {
        if (IsNonCompositeType(node.TypeCondition))
        {
            context.ReportError(new GraphQLError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".",
                node.TypeCondition));
        }

        return VisitorAction.Continue;
    }

    // Unknown types are left to KnownTypeNamesRule.
    private bool IsNonCompositeType(NamedTypeNode typeCondition) =>
        context.Schema.GetType(typeCondition.Name.Value) is { } type && !type.IsCompositeType();
}
