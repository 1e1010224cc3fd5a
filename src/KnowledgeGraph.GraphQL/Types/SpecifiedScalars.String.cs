using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

public static partial class SpecifiedScalars
{
    /// <summary>The <c>String</c> scalar: UTF-8 text.</summary>
    public static GraphQLScalarType String { get; } = new(
        "String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        serialize: SerializeString,
        parseValue: ParseStringValue,
        parseLiteral: ParseStringLiteral);

    private static object SerializeString(object outputValue)
    {
        if (outputValue is string)
        {
            return outputValue;
        }

        // Characters and enum members are the C# shapes of short text; JavaScript has neither.
        var coerced = outputValue switch
        {
            char c => c.ToString(),
            Enum member => member.ToString(),
            _ => JsValue.Primitive(outputValue),
        };
        switch (coerced)
        {
            case string text:
                return text;
            case bool flag:
                return flag ? "true" : "false";
        }

        if (JsValue.TryGetNumber(coerced, out var number) && double.IsFinite(number))
        {
            return JsValue.NumberText(number);
        }

        throw new GraphQLError($"String cannot represent value: {Inspect(outputValue)}");
    }

    private static object ParseStringValue(object inputValue)
    {
        var input = JsValue.Primitive(inputValue);
        if (input is not string text)
        {
            throw new GraphQLError($"String cannot represent a non string value: {Inspect(input)}");
        }

        return text;
    }

    private static object ParseStringLiteral(IValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not StringValueNode literal)
        {
            throw LiteralError($"String cannot represent a non string value: {PrintLiteral(valueNode)}", valueNode);
        }

        return literal.Value;
    }
}
