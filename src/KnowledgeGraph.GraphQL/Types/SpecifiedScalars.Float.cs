using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

public static partial class SpecifiedScalars
{
    /// <summary>The <c>Float</c> scalar: a finite double.</summary>
    public static GraphQLScalarType Float { get; } = new(
        "Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        serialize: SerializeFloat,
        parseValue: ParseFloatValue,
        parseLiteral: ParseFloatLiteral);

    private static object SerializeFloat(object outputValue)
    {
        if (outputValue is double d && double.IsFinite(d))
        {
            return outputValue;
        }

        var coerced = JsValue.Primitive(outputValue);
        if (coerced is bool flag)
        {
            return flag ? 1d : 0d;
        }

        if (!JsValue.TryGetNumber(coerced, out var number))
        {
            number = coerced is string { Length: > 0 } text ? JsNumber.Parse(text) : double.NaN;
        }

        if (!double.IsFinite(number))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspect(coerced)}");
        }

        return number;
    }

    private static object ParseFloatValue(object inputValue)
    {
        var input = JsValue.Primitive(inputValue);
        if (!JsValue.TryGetNumber(input, out var number) || !double.IsFinite(number))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspect(input)}");
        }

        return input is double ? input : number;
    }

    private static object ParseFloatLiteral(IValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        var text = valueNode switch
        {
            FloatValueNode f => f.Value,
            IntValueNode i => i.Value,
            _ => throw LiteralError($"Float cannot represent non numeric value: {PrintLiteral(valueNode)}", valueNode),
        };
        return double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }
}
