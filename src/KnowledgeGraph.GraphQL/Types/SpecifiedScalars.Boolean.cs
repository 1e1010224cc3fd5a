using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

public static partial class SpecifiedScalars
{
    /// <summary>The <c>Boolean</c> scalar.</summary>
    public static GraphQLScalarType Boolean { get; } = new(
        "Boolean",
        "The `Boolean` scalar type represents `true` or `false`.",
        serialize: SerializeBoolean,
        parseValue: ParseBooleanValue,
        parseLiteral: ParseBooleanLiteral);

    private static object SerializeBoolean(object outputValue)
    {
        if (outputValue is bool)
        {
            return outputValue;
        }

        var coerced = JsValue.Primitive(outputValue);
        if (coerced is bool flag)
        {
            return JsValue.Box(flag);
        }

        if (JsValue.TryGetNumber(coerced, out var number) && double.IsFinite(number))
        {
            return JsValue.Box(number != 0);
        }

        throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspect(coerced)}");
    }

    private static object ParseBooleanValue(object inputValue)
    {
        var input = JsValue.Primitive(inputValue);
        if (input is not bool flag)
        {
            throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspect(input)}");
        }

        return JsValue.Box(flag);
    }

    private static object ParseBooleanLiteral(IValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not BooleanValueNode literal)
        {
            throw LiteralError($"Boolean cannot represent a non boolean value: {PrintLiteral(valueNode)}", valueNode);
        }

        return JsValue.Box(literal.Value);
    }
}
