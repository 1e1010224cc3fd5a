using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// An introspection query must not nest the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> three deep, which lets a small query make a large
/// response. Not a rule of the specification: one of graphql-js 16's recommended rules, which its
/// <c>specifiedRules</c> include.
/// </summary>
internal sealed class MaxIntrospectionDepthRule(ValidationContext context) : ASTVisitor
{
    private const int MaxListsDepth = 3;

    // Shared by every root check: per fragment, the greatest entry depth (the list depth on entering
    // it) at which its check completed under the limit, and the smallest at which it reached the limit.
    private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

    protected override VisitorAction EnterField(FieldNode node, VisitorContext visit)
    {
        if (node.Name.Value is not ("__schema" or "__type"))
        {
            return VisitorAction.Continue;
        }

        // Per root check: the greatest entry depth at which each fragment was visited, visits in progress included.
        var visitedFragments = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!ExceedsDepth(node, visitedFragments, 0))
        {
            return VisitorAction.Continue;
        }

        context.ReportError(new GraphQLError("Maximum introspection depth exceeded", [node]));
        return VisitorAction.Skip;
    }

    private bool ExceedsDepth(ISelectionNode node, Dictionary<string, int> visitedFragments, int depth)
    {
        switch (node)
        {
            case FragmentSpreadNode spread:
                return SpreadExceedsDepth(spread.Name.Value, visitedFragments, depth);
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                {
                    return true;
                }

                return field.SelectionSet is { } selections && AnyExceedsDepth(selections, visitedFragments, depth);
            case InlineFragmentNode inline:
                return AnyExceedsDepth(inline.SelectionSet, visitedFragments, depth);
            default:
                return false;
        }
    }

    private bool SpreadExceedsDepth(string fragmentName, Dictionary<string, int> visitedFragments, int depth)
    {
        // A check that reached the limit reaches it again from an equal or greater depth.
        if (_exceededFragments.TryGetValue(fragmentName, out var exceededDepth) && exceededDepth <= depth)
        {
            return true;
        }

        // From an equal or shallower depth, a revisit is a cycle or repeats a check that passed.
        if ((visitedFragments.TryGetValue(fragmentName, out var visitedDepth) && visitedDepth >= depth)
            || (_checkedFragments.TryGetValue(fragmentName, out var checkedDepth) && checkedDepth >= depth))
        {
            return false;
        }

        // Unknown fragments are KnownFragmentNamesRule's to report.
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return false;
        }

        visitedFragments[fragmentName] = depth;
        if (AnyExceedsDepth(fragment.SelectionSet, visitedFragments, depth))
        {
            _exceededFragments[fragmentName] = depth;
            return true;
        }

        _checkedFragments[fragmentName] = depth;
        return false;
    }

    private bool AnyExceedsDepth(SelectionSetNode selectionSet, Dictionary<string, int> visitedFragments, int depth)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (ExceedsDepth(selection, visitedFragments, depth))
            {
                return true;
            }
        }

        return false;
    }
}
