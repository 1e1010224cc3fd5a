namespace KnowledgeGraph.GraphQL.Validation.Rules.Merging;

/// <summary>
/// Field selections grouped by response name, the names kept in order of first appearance. Most
/// selection sets have a handful of names, searched in order; a table is built only for long ones.
/// </summary>
internal sealed class OrderedResponseMap
{
    private const int ShortMap = 8;

    private readonly List<KeyValuePair<string, List<FieldDetails>>> _ordered = [];
    private Dictionary<string, List<FieldDetails>>? _byName;

    /// <summary>How many response names there are.</summary>
    public int Count => _ordered.Count;

    /// <summary>The response names with their fields, in order.</summary>
    public List<KeyValuePair<string, List<FieldDetails>>> Entries => _ordered;

    /// <summary>Adds a field under its response name.</summary>
    public void Add(string responseName, FieldDetails field)
    {
        if (Find(responseName) is { } fields)
        {
            fields.Add(field);
            return;
        }

        fields = [field];
        _ordered.Add(new KeyValuePair<string, List<FieldDetails>>(responseName, fields));
        if (_byName is not null)
        {
            _byName[responseName] = fields;
        }
        else if (_ordered.Count > ShortMap)
        {
            _byName = new Dictionary<string, List<FieldDetails>>(_ordered, StringComparer.Ordinal);
        }
    }

    /// <summary>The fields with the given response name, or null.</summary>
    public List<FieldDetails>? Find(string responseName)
    {
        if (_byName is not null)
        {
            return _byName.GetValueOrDefault(responseName);
        }

        foreach (var (name, fields) in _ordered)
        {
            if (string.Equals(name, responseName, StringComparison.Ordinal))
            {
                return fields;
            }
        }

        return null;
    }
}
