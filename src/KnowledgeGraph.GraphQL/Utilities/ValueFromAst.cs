using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// graphql-js's <c>valueFromAST</c>: coerces a literal to the internal value of an input type, reading
/// variables from already coerced variable values. Returns false for an invalid literal (JavaScript's
/// <c>undefined</c>), leaving the error message to validation.
/// </summary>
public static class ValueFromAst
{
    /// <summary>Coerces <paramref name="valueNode"/> to <paramref name="type"/>; false when it is invalid.</summary>
    public static bool TryConvert(
        IValueNode? valueNode,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        if (valueNode is null)
        {
            return false;
        }

        if (valueNode is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            // Validation made sure the variable's type fits this position.
            value = variableValue;
            return variableValue is not null || type.Kind != TypeKind.NonNull;
        }

        if (type is GraphQLNonNull nonNull)
        {
            return valueNode.Kind != NodeKind.NullValue && TryConvert(valueNode, nonNull.OfType, variables, out value);
        }

        if (valueNode.Kind == NodeKind.NullValue)
        {
            return true;
        }

        return type switch
        {
            GraphQLList list => TryConvertList(valueNode, list.OfType, variables, out value),
            GraphQLInputObjectType input => TryConvertInputObject(valueNode, input, variables, out value),
            _ => TryParseLeaf(valueNode, type, variables, out value),
        };
    }

    private static bool TryConvertList(
        IValueNode valueNode,
        GraphQLType itemType,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        value = null;
        if (valueNode is not ListValueNode list)
        {
            if (!TryConvert(valueNode, itemType, variables, out var single))
            {
                return false;
            }

            value = new[] { single };
            return true;
        }

        var items = new object?[list.Values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var itemNode = list.Values[i];
            if (IsMissingVariable(itemNode, variables))
            {
                // A missing variable in a list is null, which a non-null item type refuses.
                if (itemType.Kind == TypeKind.NonNull)
                {
                    return false;
                }

                continue;
            }

            if (!TryConvert(itemNode, itemType, variables, out items[i]))
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private static bool TryConvertInputObject(
        IValueNode valueNode,
        GraphQLInputObjectType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        value = null;
        if (valueNode is not ObjectValueNode objectNode)
        {
            return false;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            var fieldNode = FindField(objectNode, field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type.Kind == TypeKind.NonNull)
                {
                    return false;
                }

                continue;
            }

            if (!TryConvert(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }

    private static ObjectFieldNode? FindField(ObjectValueNode objectNode, string name)
    {
        ObjectFieldNode? found = null;
        foreach (var field in objectNode.Fields)
        {
            // keyMap keeps the last field of a name, as graphql-js does.
            if (string.Equals(field.Name.Value, name, StringComparison.Ordinal))
            {
                found = field;
            }
        }

        return found;
    }

    // A leaf that cannot parse the literal throws; the literal is then invalid, as in graphql-js.
    private static bool TryParseLeaf(
        IValueNode valueNode,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        try
        {
            value = type switch
            {
                GraphQLEnumType enumType => enumType.ParseLiteral(valueNode),
                GraphQLScalarType scalar => scalar.ParseLiteral(valueNode, variables),
                _ => throw new System.Diagnostics.UnreachableException($"Unexpected input type: {type}."),
            };
            return true;
        }
        catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
        {
            value = null;
            return false;
        }
    }

    private static bool IsMissingVariable(IValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
