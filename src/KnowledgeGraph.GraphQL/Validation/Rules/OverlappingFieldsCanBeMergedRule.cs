using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation.Rules.Merging;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fields selected under one response name, through fragments included, must be mergeable: the same
/// field with the same arguments (unless their parents are different object types), types of the same
/// shape, and sub-selections that merge in turn.
/// See <see href="https://spec.graphql.org/October2021/#sec-Field-Selection-Merging">Field Selection Merging</see>.
/// </summary>
/// <remarks>
/// graphql-js 16.15's algorithm: each selection set compares the fields within it once, then only
/// between sets (its fields against each fragment it spreads, fragments against each other, and
/// sub-selections of overlapping fields), caching collected fields per selection set and parent type,
/// fragment pairs already compared, and comparisons of field pairs. A complexity budget, charged as
/// graphql-js charges it, ends validation with <c>Validation aborted.</c> for documents built to make
/// the comparisons explode.
/// </remarks>
internal sealed partial class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ASTVisitor
{
    // Keep the message and its locations bounded whatever the document's size.
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int ComplexityBudget = 500_000;

    private readonly FragmentPairSet _comparedFragmentPairs = new();
    private readonly Dictionary<CollectionKey, CollectedFields> _collectedFields = [];
    private readonly Dictionary<IValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(int, int)> _comparedArguments = [];
    private readonly Dictionary<(string, string), string> _differentFieldsReasons = [];
    private int _nextInfoId;
    private int _remainingBudget = ComplexityBudget;

    protected override VisitorAction EnterSelectionSet(SelectionSetNode node, VisitorContext visit)
    {
        // An inline fragment's fields belong to the enclosing response level, checked there.
        if (visit.Parent is InlineFragmentNode)
        {
            return VisitorAction.Continue;
        }

        var selections = node.Selections;
        if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode))
        {
            return VisitorAction.Continue;
        }

        foreach (var conflict in FindConflictsWithinSelectionSet(node))
        {
            context.ReportError(new GraphQLError(
                $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]));
        }

        return VisitorAction.Continue;
    }

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private void SpendComplexityBudget(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException(new GraphQLError(ValidationAbortedException.AbortedMessage));
        }
    }
}
