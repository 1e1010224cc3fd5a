using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

public static partial class SpecifiedScalars
{
    /// <summary>The <c>ID</c> scalar: an opaque identifier, serialized as a string.</summary>
    public static GraphQLScalarType ID { get; } = new(
        "ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        serialize: SerializeId,
        parseValue: ParseIdValue,
        parseLiteral: ParseIdLiteral);

    private static object SerializeId(object outputValue)
    {
        if (outputValue is string)
        {
            return outputValue;
        }

        var coerced = JsValue.Primitive(outputValue);
        if (coerced is string text)
        {
            return text;
        }

        if (JsValue.TryGetNumber(coerced, out var number) && JsNumber.IsInteger(number))
        {
            return JsValue.NumberText(number);
        }

        throw new GraphQLError($"ID cannot represent value: {Inspect(outputValue)}");
    }

    private static object ParseIdValue(object inputValue)
    {
        var input = JsValue.Primitive(inputValue);
        if (input is string text)
        {
            return text;
        }

        if (JsValue.TryGetNumber(input, out var number) && JsNumber.IsInteger(number))
        {
            return JsValue.NumberText(number);
        }

        throw new GraphQLError($"ID cannot represent value: {Inspect(input)}");
    }

    private static object ParseIdLiteral(IValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) => valueNode switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw LiteralError("ID cannot represent a non-string and non-integer value: " + PrintLiteral(valueNode), valueNode),
    };
}
