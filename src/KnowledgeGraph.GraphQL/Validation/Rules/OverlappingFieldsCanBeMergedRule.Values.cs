using System.Text;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Comparing argument values.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>
    /// A text that two argument values share exactly when graphql-js deems them the same: same kinds
    /// and values, block strings apart from plain ones, Int apart from Float, input object fields in
    /// name order. Cached per value node.
    /// </summary>
    private string StringifyValue(IValueNode value)
    {
        if (!_stringifiedValues.TryGetValue(value, out var text))
        {
            var builder = new StringBuilder();
            AppendValue(builder, value);
            text = builder.ToString();
            _stringifiedValues[value] = text;
        }

        return text;
    }

    private static void AppendValue(StringBuilder builder, IValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                AppendQuoted(builder.Append('$'), variable.Name.Value);
                break;
            case IntValueNode intValue:
                builder.Append('i').Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                builder.Append('f').Append(floatValue.Value);
                break;
            case StringValueNode stringValue:
                AppendQuoted(builder.Append(stringValue.Block ? 'B' : 's'), stringValue.Value);
                break;
            case BooleanValueNode booleanValue:
                builder.Append(booleanValue.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                AppendQuoted(builder.Append('e'), enumValue.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendValue(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case ObjectValueNode objectValue:
                builder.Append('{');
                foreach (var field in FieldsByName(objectValue.Fields))
                {
                    AppendQuoted(builder, field.Name.Value).Append(':');
                    AppendValue(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
        }
    }

    private static StringBuilder AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"');
    }

    /// <summary>The fields ordered by name (ordinal, as JavaScript compares strings), fields of one name kept in order.</summary>
    private static ObjectFieldNode[] FieldsByName(IReadOnlyList<ObjectFieldNode> fields)
    {
        var sorted = new ObjectFieldNode[fields.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            var field = fields[i];
            var j = i;
            while (j > 0 && string.CompareOrdinal(sorted[j - 1].Name.Value, field.Name.Value) > 0)
            {
                sorted[j] = sorted[j - 1];
                j--;
            }

            sorted[j] = field;
        }

        return sorted;
    }
}
