using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

public static partial class SpecifiedScalars
{
    private static readonly object[] SmallInts = Enumerable.Range(-1, 258).Select(i => (object)i).ToArray();

    /// <summary>The <c>Int</c> scalar: a signed 32-bit integer.</summary>
    public static GraphQLScalarType Int { get; } = new(
        "Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        serialize: SerializeInt,
        parseValue: ParseIntValue,
        parseLiteral: ParseIntLiteral);

    /// <summary>Boxes an int, reusing a cached box for small values.</summary>
    internal static object BoxInt(int value) => value is >= -1 and <= 256 ? SmallInts[value + 1] : value;

    private static object SerializeInt(object outputValue)
    {
        if (outputValue is int)
        {
            return outputValue;
        }

        var coerced = JsValue.Primitive(outputValue);
        if (coerced is bool flag)
        {
            return BoxInt(flag ? 1 : 0);
        }

        if (!JsValue.TryGetNumber(coerced, out var number))
        {
            if (coerced is not string { Length: > 0 } text)
            {
                throw new GraphQLError($"Int cannot represent non-integer value: {Inspect(coerced)}");
            }

            number = JsNumber.Parse(text);
        }

        if (!JsNumber.IsInteger(number))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspect(coerced)}");
        }

        if (number is > MaxInt or < MinInt)
        {
            throw new GraphQLError("Int cannot represent non 32-bit signed integer value: " + Inspect(coerced));
        }

        return BoxInt((int)number);
    }

    private static object ParseIntValue(object inputValue)
    {
        if (inputValue is int)
        {
            return inputValue;
        }

        var input = JsValue.Primitive(inputValue);
        if (!JsValue.TryGetNumber(input, out var number) || !JsNumber.IsInteger(number))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspect(input)}");
        }

        if (number is > MaxInt or < MinInt)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {JsValue.NumberText(number)}");
        }

        return BoxInt((int)number);
    }

    private static object ParseIntLiteral(IValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not IntValueNode literal)
        {
            throw LiteralError($"Int cannot represent non-integer value: {PrintLiteral(valueNode)}", valueNode);
        }

        var number = double.Parse(literal.Value, System.Globalization.CultureInfo.InvariantCulture);
        if (number is > MaxInt or < MinInt)
        {
            throw LiteralError($"Int cannot represent non 32-bit signed integer value: {literal.Value}", valueNode);
        }

        return BoxInt((int)number);
    }
}
