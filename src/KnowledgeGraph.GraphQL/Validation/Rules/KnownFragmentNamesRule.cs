using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every fragment spread must name a fragment defined in the document.
/// See <see href="https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined">Fragment spread target defined</see>.
/// </summary>
internal sealed class KnownFragmentNamesRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction EnterFragmentSpread(FragmentSpreadNode node, VisitorContext visit)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError(new GraphQLError($"Unknown fragment \"{node.Name.Value}\".", node.Name));
        }

        return VisitorAction.Continue;
    }
}
