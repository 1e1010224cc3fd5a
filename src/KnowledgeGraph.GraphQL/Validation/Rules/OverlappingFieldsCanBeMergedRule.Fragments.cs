using KnowledgeGraph.GraphQL.Validation.Rules.Merging;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Comparisons involving fragments, memoized so each pair is compared once.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>(D) A set of fields against a fragment's fields, then (E) against the fragments that one spreads.</summary>
    private void CollectConflictsBetweenFieldsAndFragment(
        List<MergeConflict> conflicts,
        bool areMutuallyExclusive,
        CollectedFields collected,
        string fragmentName)
    {
        // Charged even when skipped: callers can enumerate more pairs than the document has nodes.
        SpendComplexityBudget(1);
        if (collected.Fields.Count == 0)
        {
            return;
        }

        // A comparison of overlapping parents also answers for mutually exclusive ones, not the reverse.
        var compared = collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (compared.TryGetValue(fragmentName, out var comparedExclusive) && (!comparedExclusive || areMutuallyExclusive))
        {
            return;
        }

        compared[fragmentName] = areMutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentFields = CollectFragmentFields(fragment);
        if (ReferenceEquals(collected, fragmentFields))
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, fragmentFields);
        foreach (var referencedName in fragmentFields.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referencedName);
        }
    }

    /// <summary>(F) Two fragments' fields against each other, then (G) each against the fragments the other spreads.</summary>
    private void CollectConflictsBetweenFragments(
        List<MergeConflict> conflicts,
        bool areMutuallyExclusive,
        string fragmentName1,
        string fragmentName2)
    {
        SpendComplexityBudget(2);
        if (fragmentName1 == fragmentName2 || _comparedFragmentPairs.Contains(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
        if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var fields1 = CollectFragmentFields(fragment1);
        var fields2 = CollectFragmentFields(fragment2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var referencedName2 in fields2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referencedName2);
        }

        foreach (var referencedName1 in fields1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referencedName1, fragmentName2);
        }
    }
}
