using System.Globalization;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>graphql-js's <c>valueFromASTUntyped</c>: a literal as plain values, without a type to guide it.</summary>
public static class ValueFromAstUntyped
{
    /// <summary>
    /// Converts a literal: Int literals become <see cref="int"/> (or <see cref="double"/> when too large),
    /// Float literals <see cref="double"/>, strings and enum names <see cref="string"/>, lists arrays and
    /// objects dictionaries; variables are looked up (absent ones are null).
    /// </summary>
    public static object? Convert(IValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(valueNode);
        switch (valueNode)
        {
            case IntValueNode intValue:
                return int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
                    ? small
                    : double.Parse(intValue.Value, CultureInfo.InvariantCulture);
            case FloatValueNode floatValue:
                return double.Parse(floatValue.Value, CultureInfo.InvariantCulture);
            case StringValueNode stringValue:
                return stringValue.Value;
            case EnumValueNode enumValue:
                return enumValue.Value;
            case BooleanValueNode booleanValue:
                return booleanValue.Value;
            case ListValueNode list:
                return list.Values.Select(item => Convert(item, variables)).ToArray();
            case ObjectValueNode objectValue:
                var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in objectValue.Fields)
                {
                    fields[field.Name.Value] = Convert(field.Value, variables);
                }

                return fields;
            case VariableNode variable:
                return variables?.GetValueOrDefault(variable.Name.Value);
            default:
                return null;
        }
    }
}
