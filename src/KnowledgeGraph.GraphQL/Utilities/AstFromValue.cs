using System.Text.RegularExpressions;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// graphql-js's <c>astFromValue</c>: the literal for an internal value of an input type, used to print
/// default values in SDL and introspection.
/// </summary>
public static partial class AstFromValue
{
    /// <summary>The literal for <paramref name="value"/> as a <paramref name="type"/>, or null when there is none.</summary>
    /// <exception cref="InvalidOperationException">When a leaf serializes to something that has no literal.</exception>
    public static IValueNode? Convert(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type is GraphQLNonNull nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner?.Kind == NodeKind.NullValue ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case GraphQLList list:
                if (!InputValues.IsList(value))
                {
                    return Convert(value, list.OfType);
                }

                var items = new List<IValueNode>();
                foreach (var item in InputValues.Items(value))
                {
                    if (Convert(item, list.OfType) is { } itemNode)
                    {
                        items.Add(itemNode);
                    }
                }

                return new ListValueNode { Values = items };
            case GraphQLInputObjectType input:
                return InputValues.IsObject(value) ? ConvertInputObject(value, input) : null;
            default:
                return ConvertLeaf(value, type);
        }
    }

    private static ObjectValueNode ConvertInputObject(object value, GraphQLInputObjectType type)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields.Values)
        {
            if (InputValues.TryGetEntry(value, field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } fieldNode)
            {
                fields.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldNode });
            }
        }

        return new ObjectValueNode { Fields = fields };
    }

    private static IValueNode? ConvertLeaf(object value, GraphQLType type)
    {
        var serialized = JsValue.Primitive(type switch
        {
            GraphQLEnumType enumType => enumType.Serialize(value),
            GraphQLScalarType scalar => scalar.Serialize(value),
            _ => throw new ArgumentException($"Unexpected input type: {type}.", nameof(type)),
        });
        switch (serialized)
        {
            case null:
                return null;
            case bool flag:
                return new BooleanValueNode { Value = flag };
            case string text when type is GraphQLEnumType:
                return new EnumValueNode { Value = text };
            case string text when ReferenceEquals(type, SpecifiedScalars.ID) && IntegerText().IsMatch(text):
                return new IntValueNode { Value = text };
            case string text:
                return new StringValueNode { Value = text };
        }

        if (JsValue.TryGetNumber(serialized, out var number) && double.IsFinite(number))
        {
            var text = JsValue.NumberText(number);
            return IntegerText().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
        }

        throw new InvalidOperationException($"Cannot convert value to AST: {ValueInspector.Inspect(serialized)}.");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerText();
}
