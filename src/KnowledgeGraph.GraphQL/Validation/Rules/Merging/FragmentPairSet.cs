namespace KnowledgeGraph.GraphQL.Validation.Rules.Merging;

/// <summary>
/// The pairs of fragments already compared, in either order, each remembering whether the comparison
/// was of mutually exclusive parents. A pair compared as not exclusive also answers for an exclusive
/// comparison (it checked more), not the other way round.
/// </summary>
internal sealed class FragmentPairSet
{
    private readonly Dictionary<string, Dictionary<string, bool>> _pairs = new(StringComparer.Ordinal);

    public bool Contains(string a, string b, bool areMutuallyExclusive) =>
        Contains1(a, b, areMutuallyExclusive) || Contains1(b, a, areMutuallyExclusive);

    public void Add(string a, string b, bool areMutuallyExclusive)
    {
        if (!_pairs.TryGetValue(a, out var partners))
        {
            partners = new Dictionary<string, bool>(StringComparer.Ordinal);
            _pairs[a] = partners;
        }

        partners[b] = areMutuallyExclusive;
    }

    private bool Contains1(string a, string b, bool areMutuallyExclusive) =>
        _pairs.TryGetValue(a, out var partners)
        && partners.TryGetValue(b, out var comparedExclusive)
        && (areMutuallyExclusive || comparedExclusive == areMutuallyExclusive);
}
