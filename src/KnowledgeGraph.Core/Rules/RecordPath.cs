namespace KnowledgeGraph.Core.Rules;

/// <summary>
/// Where a record sits in a request (<c>$.tie</c>, <c>$.ties[3]</c>, <c>$.ties[3].retraction</c>). The path is
/// spelled out only when a rule fails, so checking a clean batch of a million ties builds no path strings.
/// </summary>
public readonly record struct RecordPath
{
    private readonly string _root;
    private readonly int _index;
    private readonly string? _member;

    private RecordPath(string root, int index, string? member)
    {
        _root = root;
        _index = index;
        _member = member;
    }

    /// <summary>A record that stands alone, such as <c>$.tie</c>.</summary>
    public static RecordPath Of(string path) => new(path, -1, null);

    /// <summary>The record at <paramref name="index"/> of a list, such as <c>$.ties[3]</c>.</summary>
    public static RecordPath Item(string list, int index) => new(list, index, null);

    /// <summary>Lets the string paths of single writes (<c>"$.tie"</c>) stand where a record path is expected.</summary>
    public static implicit operator RecordPath(string path) => Of(path);

    /// <summary>A record nested in this one, such as the retraction of a tie.</summary>
    public RecordPath Member(string name) => new(_root, _index, _member is null ? name : $"{_member}.{name}");

    /// <summary>The path of one field of the record: <c>$.ties[3].evidence</c>.</summary>
    public string Field(string name) => $"{this}.{name}";

    public override string ToString() => (_index, _member) switch
    {
        (< 0, null) => _root,
        (< 0, _) => $"{_root}.{_member}",
        (_, null) => $"{_root}[{_index}]",
        _ => $"{_root}[{_index}].{_member}",
    };
}
