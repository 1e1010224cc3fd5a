using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// A fragment may only be spread where some object could be of both the fragment's type and the
/// enclosing type; otherwise its selections could never apply.
/// See <see href="https://spec.graphql.org/October2021/#sec-Fragment-spread-is-possible">Fragment spread is possible</see>.
/// </summary>
internal sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction EnterInlineFragment(InlineFragmentNode node, VisitorContext visit)
    {
        if (context.Type is GraphQLNamedType fragmentType
            && fragmentType.IsCompositeType()
            && context.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(new GraphQLError(
                $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                node));
        }

        return VisitorAction.Continue;
    }

    protected override VisitorAction EnterFragmentSpread(FragmentSpreadNode node, VisitorContext visit)
    {
        var fragmentName = node.Name.Value;
        if (FragmentType(fragmentName) is { } fragmentType
            && context.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(new GraphQLError(
                $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                node));
        }

        return VisitorAction.Continue;
    }

    private GraphQLNamedType? FragmentType(string name) =>
        context.GetFragment(name) is { } fragment
        && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } type
        && type.IsCompositeType()
            ? type
            : null;
}
