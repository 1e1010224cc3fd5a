namespace KnowledgeGraph.GraphQL.Validation.Rules.Merging;

/// <summary>
/// A selection set's fields by response name (inline fragments flattened in) and the names of the
/// fragments it spreads, with the comparisons already made against it.
/// </summary>
internal sealed class CollectedFields(OrderedResponseMap fields, string[] fragmentNames)
{
    /// <summary>The fields, by response name in order of first appearance.</summary>
    public OrderedResponseMap Fields { get; } = fields;

    /// <summary>The fragments spread directly, each once, in order.</summary>
    public string[] FragmentNames { get; } = fragmentNames;

    /// <summary>Per fragment compared with these fields: whether the comparison was of mutually exclusive parents.</summary>
    public Dictionary<string, bool>? ComparedFragments { get; set; }

    /// <summary>Per other collection compared with this one, the response names both have.</summary>
    public Dictionary<CollectedFields, List<OverlappingResponse>>? OverlappingFields { get; set; }
}
