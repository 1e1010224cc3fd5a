using System.Text.Json.Nodes;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

internal sealed partial class OperationGenerator
{
    private static readonly int[] Ints = [0, 1, 2, 3, 5, 10, -1, 2147483647];
    private static readonly double[] Floats = [0, 1.5, -2.25, 3, 1000, 0.1, 12.75];

    /// <summary>An argument value as GraphQL text: a literal, or a new variable (defined, and given a value).</summary>
    private string ArgumentValue(GraphQLType type)
    {
        if (!Chance(3))
        {
            return LiteralPrinter.Print(ValueFor(type, depth: 0, forVariable: false), type);
        }

        var variable = new VariableModel(Fresh("v"), type.ToString()!);
        if (type.IsNullableType() && Chance(4))
        {
            variable.Type += "!";
        }

        var hasVariableDefault = Chance(6);
        if (hasVariableDefault)
        {
            variable.DefaultValue = LiteralPrinter.Print(NonNullValueFor(type.GetNullableType(), depth: 0, forVariable: false), type);
        }

        operation.Variables.Add(variable);
        var optional = hasVariableDefault || !variable.Type.EndsWith('!');
        if (request.Variables is { } values && !(optional && Chance(5)))
        {
            values[variable.Name] = variable.Type.EndsWith('!') ? NonNullValueFor(type.GetNullableType(), 0, forVariable: true) : ValueFor(type, 0, forVariable: true);
        }

        return "$" + variable.Name;
    }

    /// <summary>
    /// A value of the type as JSON; null now and then where null is allowed. Literals must be valid; a
    /// variable's custom scalar value is now and then an arbitrary string, for the scalar to refuse.
    /// </summary>
    private JsonNode? ValueFor(GraphQLType type, int depth, bool forVariable) =>
        type is GraphQLNonNull nonNull ? NonNullValueFor(nonNull.OfType, depth, forVariable)
        : Chance(10) ? null
        : NonNullValueFor(type, depth, forVariable);

    private JsonNode NonNullValueFor(GraphQLType type, int depth, bool forVariable)
    {
        switch (type)
        {
            case GraphQLNonNull nonNull:
                return NonNullValueFor(nonNull.OfType, depth, forVariable);
            case GraphQLList list:
                if (Chance(5))
                {
                    // A single value stands for a list of one.
                    return NonNullValueFor(list.OfType.GetNullableType(), depth + 1, forVariable);
                }

                var items = new JsonArray();
                for (var count = random.Next(4); count > 0; count--)
                {
                    items.Add(ValueFor(list.OfType, depth + 1, forVariable));
                }

                return items;
            case GraphQLInputObjectType input:
                return InputObjectValue(input, depth, forVariable);
            case GraphQLEnumType enumType:
                return JsonValue.Create(Pick(enumType.Values).Name);
            default:
                return ScalarValue((GraphQLScalarType)type, forVariable);
        }
    }

    private JsonObject InputObjectValue(GraphQLInputObjectType input, int depth, bool forVariable)
    {
        var value = new JsonObject();
        if (input.IsOneOf)
        {
            var field = Pick(input.Fields.Values.ToList());
            value[field.Name] = NonNullValueFor(field.Type.GetNullableType(), depth + 1, forVariable);
            return value;
        }

        foreach (var field in input.Fields.Values)
        {
            if (field.IsRequired() || (depth < 3 && Chance(2)))
            {
                value[field.Name] = ValueFor(field.Type, depth + 1, forVariable);
            }
        }

        return value;
    }

    private JsonNode ScalarValue(GraphQLScalarType scalar, bool forVariable) => scalar.Name switch
    {
        "Int" => JsonValue.Create(Pick(Ints)),
        "Float" => JsonValue.Create(Pick(Floats)),
        "Boolean" => JsonValue.Create(Chance(2)),
        "ID" => Chance(8) ? JsonValue.Create(random.Next(1, 9)) : JsonValue.Create(Pick(hints.Ids)),
        "String" => JsonValue.Create(Pick(hints.Strings)),
        _ when hints.ScalarSamples.TryGetValue(scalar.Name, out var samples) && samples.Count > 0 && !(forVariable && Chance(8)) =>
            JsonValue.Create(Pick(samples)),
        _ => JsonValue.Create(Pick(hints.Strings)),
    };
}
