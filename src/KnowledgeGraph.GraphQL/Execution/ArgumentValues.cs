using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>graphql-js's <c>getArgumentValues</c>: coerces a field's or directive's argument literals.</summary>
internal static class ArgumentValues
{
    /// <summary>Coerces the arguments given on <paramref name="node"/> against their definitions.</summary>
    public static ArgumentOutcome Coerce(
        IReadOnlyList<GraphQLArgument> definitions,
        INode node,
        IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?>? variables)
    {
        if (definitions.Count == 0)
        {
            return ArgumentOutcome.Empty;
        }

        var coerced = new NamedValues(definitions.Count);
        foreach (var definition in definitions)
        {
            var argumentNode = Find(argumentNodes, definition.Name);
            if (argumentNode is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced.Set(definition.Name, definition.DefaultValue);
                }
                else if (definition.Type.Kind == TypeKind.NonNull)
                {
                    return ArgumentOutcome.Failure(
                        $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.", node);
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode.Kind == NodeKind.NullValue;
            if (valueNode is VariableNode variable)
            {
                if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced.Set(definition.Name, definition.DefaultValue);
                    }
                    else if (definition.Type.Kind == TypeKind.NonNull)
                    {
                        return ArgumentOutcome.Failure(
                            $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                            valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && definition.Type.Kind == TypeKind.NonNull)
            {
                return ArgumentOutcome.Failure(
                    $"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.", valueNode);
            }

            if (!ValueFromAst.TryConvert(valueNode, definition.Type, variables, out var value))
            {
                return ArgumentOutcome.Failure(
                    $"Argument \"{definition.Name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            }

            coerced.Set(definition.Name, value);
        }

        return ArgumentOutcome.Success(coerced);
    }

    /// <summary>Whether any argument of the field refers to a variable, anywhere inside its value.</summary>
    public static bool UseVariables(FieldNode node)
    {
        foreach (var argument in node.Arguments)
        {
            if (UsesVariable(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a value literal refers to a variable.</summary>
    public static bool UsesVariable(IValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(UsesVariable),
        ObjectValueNode obj => obj.Fields.Any(f => UsesVariable(f.Value)),
        _ => false,
    };

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> argumentNodes, string name)
    {
        ArgumentNode? found = null;
        foreach (var argument in argumentNodes)
        {
            // keyMap keeps the last argument of a name, as graphql-js does.
            if (string.Equals(argument.Name.Value, name, StringComparison.Ordinal))
            {
                found = argument;
            }
        }

        return found;
    }
}
