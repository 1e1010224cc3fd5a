namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>Internal values bound to a GraphQL enum's values: given by name, or the members of a C# enum.</summary>
internal sealed class EnumBinding
{
    private readonly Dictionary<string, object?> _values;
    private readonly string? _clrEnumName;

    private EnumBinding(Dictionary<string, object?> values, string? clrEnumName)
    {
        _values = values;
        _clrEnumName = clrEnumName;
    }

    /// <summary>Values given per GraphQL value name.</summary>
    public static EnumBinding Exact(IReadOnlyDictionary<string, object?> values) =>
        new(new Dictionary<string, object?>(values, StringComparer.Ordinal), clrEnumName: null);

    /// <summary>C# enum members, matched ignoring case and underscores.</summary>
    public static EnumBinding Clr<TEnum>()
        where TEnum : struct, Enum =>
        new(Enum.GetValues<TEnum>().ToDictionary(m => Simplify(m.ToString()), m => (object?)m, StringComparer.Ordinal), typeof(TEnum).Name);

    /// <summary>The internal value of a GraphQL enum value, if bound.</summary>
    public bool TryGetValue(string graphQLName, out object? value) =>
        _values.TryGetValue(_clrEnumName is null ? graphQLName : Simplify(graphQLName), out value);

    /// <summary>What is wrong with the binding for an enum with the given value names.</summary>
    public IEnumerable<string> Problems(string enumName, IReadOnlyCollection<string> valueNames)
    {
        if (_clrEnumName is not null)
        {
            return valueNames
                .Where(name => !_values.ContainsKey(Simplify(name)))
                .Select(name => $"Enum value \"{enumName}.{name}\" has no member in C# enum {_clrEnumName}.");
        }

        return _values.Keys
            .Where(name => !valueNames.Contains(name))
            .Select(name => $"Enum value \"{enumName}.{name}\" is bound, but enum \"{enumName}\" has no value \"{name}\".");
    }

    private static string Simplify(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
