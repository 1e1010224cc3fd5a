namespace KnowledgeGraph.GraphQL.Validation.Rules.Merging;

/// <summary>Fragment names in order of first appearance, each once; a lookup table only once the list grows long.</summary>
internal sealed class FragmentNameList
{
    private const int ShortList = 8;

    private List<string>? _names;
    private HashSet<string>? _lookup;

    public void Add(string name)
    {
        _names ??= [];
        if (_lookup is null && _names.Count >= ShortList)
        {
            _lookup = new HashSet<string>(_names, StringComparer.Ordinal);
        }

        var isNew = _lookup?.Add(name) ?? !_names.Contains(name);
        if (isNew)
        {
            _names.Add(name);
        }
    }

    public string[] ToArray() => _names is null ? [] : [.. _names];
}
