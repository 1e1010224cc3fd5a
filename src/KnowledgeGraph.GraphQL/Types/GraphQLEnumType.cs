using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// An enum type: a leaf type with a fixed set of named values, each standing for an internal value.
/// Coercion and messages follow graphql-js 16's <c>GraphQLEnumType</c>.
/// </summary>
public sealed class GraphQLEnumType : GraphQLNamedType
{
    private readonly Dictionary<string, GraphQLEnumValue> _byName;
    private readonly Dictionary<object, GraphQLEnumValue> _byValue;

    /// <summary>Creates an enum type.</summary>
    public GraphQLEnumType(
        string name,
        IEnumerable<GraphQLEnumValue> values,
        string? description = null,
        EnumTypeDefinitionNode? astNode = null,
        IReadOnlyList<EnumTypeExtensionNode>? extensionAstNodes = null)
        : base(TypeKind.Enum, name, description, astNode, extensionAstNodes)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = [.. values];
        _byName = new Dictionary<string, GraphQLEnumValue>(StringComparer.Ordinal);
        _byValue = [];
        foreach (var value in Values)
        {
            _byName.TryAdd(value.Name, value);
            if (value.Value is not null)
            {
                _byValue.TryAdd(value.Value, value);
            }
        }
    }

    /// <summary>The values, in definition order.</summary>
    public IReadOnlyList<GraphQLEnumValue> Values { get; }

    /// <summary>The value with the given name, or null.</summary>
    public GraphQLEnumValue? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Turns an internal value into its name.</summary>
    public string Serialize(object outputValue)
    {
        if (_byValue.TryGetValue(outputValue, out var enumValue))
        {
            return enumValue.Name;
        }

        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(outputValue)}");
    }

    /// <summary>Turns a variable's value (a name given as a string) into the internal value.</summary>
    public object? ParseValue(object inputValue, bool hideSuggestions = false)
    {
        var input = JsValue.Primitive(inputValue);
        if (input is not string text)
        {
            var valueText = ValueInspector.Inspect(input);
            throw new GraphQLError(
                $"Enum \"{Name}\" cannot represent non-string value: {valueText}." + Suggest(valueText, hideSuggestions));
        }

        return GetValue(text) is { } enumValue
            ? enumValue.Value
            : throw new GraphQLError($"Value \"{text}\" does not exist in \"{Name}\" enum." + Suggest(text, hideSuggestions));
    }

    /// <summary>Turns an enum literal into the internal value.</summary>
    public object? ParseLiteral(IValueNode valueNode, bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(valueNode);
        if (valueNode is not EnumValueNode literal)
        {
            var valueText = Printer.Print(valueNode);
            throw new GraphQLError(
                $"Enum \"{Name}\" cannot represent non-enum value: {valueText}." + Suggest(valueText, hideSuggestions),
                valueNode);
        }

        return GetValue(literal.Value) is { } enumValue
            ? enumValue.Value
            : throw new GraphQLError(
                $"Value \"{literal.Value}\" does not exist in \"{Name}\" enum." + Suggest(literal.Value, hideSuggestions),
                valueNode);
    }

    private string Suggest(string unknownValue, bool hideSuggestions) => hideSuggestions
        ? string.Empty
        : SuggestionList.DidYouMean(SuggestionList.Suggest(unknownValue, Values.Select(v => v.Name)), "the enum value");
}
