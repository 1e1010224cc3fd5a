namespace KnowledgeGraph.GraphQL.Validation.Rules.Merging;

/// <summary>Field selections grouped by response name, the names kept in order of first appearance.</summary>
internal sealed class OrderedResponseMap
{
    private readonly Dictionary<string, List<FieldDetails>> _byName = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, List<FieldDetails>>> _ordered = [];

    /// <summary>How many response names there are.</summary>
    public int Count => _ordered.Count;

    /// <summary>The response names with their fields, in order.</summary>
    public List<KeyValuePair<string, List<FieldDetails>>> Entries => _ordered;

    /// <summary>Adds a field under its response name.</summary>
    public void Add(string responseName, FieldDetails field)
    {
        if (!_byName.TryGetValue(responseName, out var fields))
        {
            fields = [];
            _byName[responseName] = fields;
            _ordered.Add(new KeyValuePair<string, List<FieldDetails>>(responseName, fields));
        }

        fields.Add(field);
    }

    /// <summary>The fields with the given response name, or null.</summary>
    public List<FieldDetails>? Find(string responseName) => _byName.GetValueOrDefault(responseName);
}
