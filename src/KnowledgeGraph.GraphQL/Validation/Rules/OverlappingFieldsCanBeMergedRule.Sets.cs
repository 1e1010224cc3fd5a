using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation.Rules.Merging;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Comparisons within a selection set and between sets of fields.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>
    /// The conflicts of a selection set the walk reaches: (A) among its own fields, the only place
    /// fields of one set are compared with each other; (B) its fields against each fragment it
    /// spreads; (C) each of those fragments against the others.
    /// </summary>
    private List<MergeConflict> FindConflictsWithinSelectionSet(SelectionSetNode selectionSet)
    {
        var conflicts = new List<MergeConflict>();
        var collected = CollectFields(context.ParentType, selectionSet);
        CollectConflictsWithin(conflicts, collected.Fields);

        // Fragments are compared only with fields or with another fragment.
        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Length != 0 && (collected.Fields.Count != 0 || fragmentNames.Length > 1))
        {
            for (var i = 0; i < fragmentNames.Length; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Length; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    /// <summary>
    /// The conflicts between the sub-selections of two overlapping fields: (H) their fields, (I) each
    /// side's fields against the other's fragments, (J) fragments against fragments.
    /// </summary>
    private List<MergeConflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        GraphQLNamedType? parentType1,
        SelectionSetNode selectionSet1,
        GraphQLNamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<MergeConflict>();
        var fields1 = CollectFields(parentType1, selectionSet1);
        var fields2 = CollectFields(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var fragmentName2 in fields2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName2);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName1);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            foreach (var fragmentName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    /// <summary>Every pair of fields sharing a response name within one collection.</summary>
    private void CollectConflictsWithin(List<MergeConflict> conflicts, OrderedResponseMap fields)
    {
        foreach (var (responseName, group) in fields.Entries)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    if (FindConflict(false, responseName, group[i], group[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Every pair of fields sharing a response name across two collections. Fields within each
    /// collection were compared when the walk reached its selection set.
    /// </summary>
    private void CollectConflictsBetween(
        List<MergeConflict> conflicts,
        bool areMutuallyExclusive,
        CollectedFields fields1,
        CollectedFields fields2)
    {
        if (fields1.Fields.Count == 0 || fields2.Fields.Count == 0)
        {
            return;
        }

        foreach (var overlap in OverlappingFields(fields1, fields2))
        {
            foreach (var field1 in overlap.Fields1)
            {
                foreach (var field2 in overlap.Fields2)
                {
                    if (FindConflict(areMutuallyExclusive, overlap.ResponseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    /// <summary>The response names two collections share, cached since collections meet again and again.</summary>
    private List<OverlappingResponse> OverlappingFields(CollectedFields fields1, CollectedFields fields2)
    {
        var byOther = fields1.OverlappingFields ??= new Dictionary<CollectedFields, List<OverlappingResponse>>(ReferenceEqualityComparer.Instance);
        if (byOther.TryGetValue(fields2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<OverlappingResponse>();
        foreach (var (responseName, group1) in fields1.Fields.Entries)
        {
            SpendComplexityBudget(1);
            if (fields2.Fields.Find(responseName) is { } group2)
            {
                overlapping.Add(new OverlappingResponse(responseName, group1, group2));
            }
        }

        byOther[fields2] = overlapping;
        return overlapping;
    }
}
