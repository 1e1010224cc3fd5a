using System.Text;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>The fragment graph: which fragments a selection set or an operation reaches.</summary>
public sealed partial class ValidationContext
{
    private readonly Dictionary<SelectionSetNode, FragmentSpreadNode[]> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);

    // Keyed by the set of fragment names spread directly (order ignored), as graphql-js's SetMap is:
    // operations spreading the same fragments share one answer, in the order it was first computed.
    private readonly Dictionary<string, IReadOnlyList<FragmentDefinitionNode>> _referencedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fragmentNameIds = new(StringComparer.Ordinal);

    /// <summary>
    /// The fragment spreads anywhere under a selection set, not following them into fragments. The
    /// order is graphql-js's: a set's own spreads first, then the nested sets, last one first.
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        List<FragmentSpreadNode>? spreads = null;
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        (spreads ??= []).Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        setsToVisit.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        var result = spreads is null ? [] : spreads.ToArray();
        _fragmentSpreads[selectionSet] = result;
        return result;
    }

    /// <summary>Every fragment an operation reaches through spreads, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return GetRecursivelyReferencedFragments([operation]);
    }

    /// <summary>Every fragment any of the operations reaches through spreads, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        var key = NameSetKey(names);
        if (_referencedFragments.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(names.Count);

        // The list grows while it is walked: fragments found through others are appended.
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        _referencedFragments[key] = fragments;
        return fragments;
    }

    private string NameSetKey(List<string> names)
    {
        if (names.Count == 0)
        {
            return string.Empty;
        }

        var ids = new int[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            if (!_fragmentNameIds.TryGetValue(names[i], out var id))
            {
                id = _fragmentNameIds.Count;
                _fragmentNameIds[names[i]] = id;
            }

            ids[i] = id;
        }

        Array.Sort(ids);
        var key = new StringBuilder(ids.Length * 3);
        foreach (var id in ids)
        {
            key.Append(id).Append(',');
        }

        return key.ToString();
    }
}
