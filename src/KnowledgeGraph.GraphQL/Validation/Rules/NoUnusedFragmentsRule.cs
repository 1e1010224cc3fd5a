using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every fragment defined must be spread by some operation, directly or through other fragments.
/// See <see href="https://spec.graphql.org/October2021/#sec-Fragments-Must-Be-Used">Fragments Must Be Used</see>.
/// </summary>
internal sealed class NoUnusedFragmentsRule(ValidationContext context) : ASTVisitor
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext visit)
    {
        _operations.Add(node);
        return VisitorAction.Skip;
    }

    protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitorContext visit)
    {
        _fragments.Add(node);
        return VisitorAction.Skip;
    }

    protected override VisitorAction LeaveDocument(DocumentNode node, VisitorContext visit)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in context.GetRecursivelyReferencedFragments(_operations))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError(new GraphQLError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment));
            }
        }

        return VisitorAction.Continue;
    }
}
