using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>Values for input types: mostly fitting, sometimes of the wrong kind, sometimes variables.</summary>
public sealed partial class SchemaDocumentGenerator
{
    private static readonly string[] IntLiterals = ["0", "7", "-3", "2147483647", "-2147483648"];
    private static readonly string[] OutOfRangeInts = ["2147483648", "-2147483649", "99999999999"];
    private static readonly string[] FloatLiterals = ["1.5", "-0.25", "3e2", "1.0"];
    private static readonly string[] StringLiterals = ["\"x\"", "\"\"", "\"\"\"block\"\"\"", "\"é\""];
    private static readonly string[] WrongLiterals = ["1", "1.5", "\"text\"", "true", "WRONG", "[1]", "{ a: 1 }", "null"];

    private void Value(GraphQLType type, int depth, bool isConst)
    {
        if (!isConst && !_careful && Chance(6))
        {
            _text.Append('$').Append(_definedVariables.Count > 0 && !Chance(5) ? Pick(_definedVariables) : Pick(VariableNames));
            return;
        }

        if (Mistake(12) || (depth > 3 && !_careful))
        {
            _text.Append(Pick(WrongLiterals));
            return;
        }

        switch (type)
        {
            case GraphQLNonNull nonNull:
                Value(nonNull.OfType, depth, isConst);
                break;
            case GraphQLList list:
                ListValue(list.OfType, depth, isConst);
                break;
            case GraphQLInputObjectType input:
                ObjectValue(input, depth, isConst);
                break;
            case GraphQLEnumType enumType:
                _text.Append(Mistake(8) ? "NOT_A_VALUE" : Mistake(10) ? "\"" + enumType.Values[0].Name + "\"" : Pick(enumType.Values).Name);
                break;
            case GraphQLScalarType scalar:
                ScalarValue(scalar);
                break;
        }
    }

    private void ListValue(GraphQLType itemType, int depth, bool isConst)
    {
        // A single item stands for a list of one, as input coercion allows.
        if (Chance(3))
        {
            Value(itemType, depth + 1, isConst);
            return;
        }

        _text.Append('[');
        var count = depth > 3 ? 0 : _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            _text.Append(i == 0 ? string.Empty : ", ");
            Value(itemType, depth + 1, isConst);
        }

        _text.Append(']');
    }

    private void ObjectValue(GraphQLInputObjectType type, int depth, bool isConst)
    {
        _text.Append('{');
        var fields = type.Fields.Values.ToList();
        var chosen = type.IsOneOf && !Mistake(5)
            ? [Pick(fields)]
            : fields.Where(field => field.IsRequired() ? !Mistake(10) : Chance(2) && depth < 3).ToList();
        if (Mistake(10))
        {
            chosen.Add(Pick(fields));
        }

        for (var i = 0; i < chosen.Count; i++)
        {
            _text.Append(i == 0 ? " " : ", ").Append(chosen[i].Name).Append(": ");
            if (type.IsOneOf && Mistake(8))
            {
                _text.Append("null");
            }
            else
            {
                Value(chosen[i].Type, depth + 1, isConst);
            }
        }

        if (Mistake(12))
        {
            _text.Append(chosen.Count == 0 ? " " : ", ").Append("unknownField: 1");
        }

        _text.Append(" }");
    }

    private void ScalarValue(GraphQLScalarType scalar)
    {
        _text.Append(scalar.Name switch
        {
            "Int" => Mistake(5) ? Pick(OutOfRangeInts) : Pick(IntLiterals),
            "Float" => Chance(3) ? Pick(IntLiterals) : Pick(FloatLiterals),
            "String" => Pick(StringLiterals),
            "Boolean" => Chance(2) ? "true" : "false",
            "ID" => Chance(2) ? Pick(StringLiterals) : Pick(IntLiterals),
            _ => _careful ? Pick(StringLiterals) : Pick(WrongLiterals),
        });
    }

    private List<GraphQLNamedType> CompositeTypes() =>
        [.. schema.TypeMap.Values.Where(type => type.IsCompositeType() && !type.Name.StartsWith("__", StringComparison.Ordinal))];

    private List<GraphQLNamedType> InputTypes() =>
        [.. schema.TypeMap.Values.Where(type => type.IsInputType() && !type.Name.StartsWith("__", StringComparison.Ordinal))];

    private List<string> InputOrLeafTypes() => [.. InputTypes().Select(type => type.Name)];
}
