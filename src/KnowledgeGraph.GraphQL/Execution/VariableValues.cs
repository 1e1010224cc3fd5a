using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>graphql-js's <c>getVariableValues</c>: coerces the request's raw variables against the operation's definitions.</summary>
internal static class VariableValues
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>(0);

    /// <summary>The coerced values, or null with <paramref name="errors"/> set when any variable is invalid.</summary>
    public static IReadOnlyDictionary<string, object?>? Coerce(
        GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?> inputs,
        int maxErrors,
        bool hideSuggestions,
        out List<GraphQLError>? errors)
    {
        errors = null;
        if (definitions.Count == 0)
        {
            return None;
        }

        var collected = new List<GraphQLError>();
        try
        {
            var coerced = CoerceAll(schema, definitions, inputs, hideSuggestions, error =>
            {
                if (collected.Count >= maxErrors)
                {
                    throw new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.");
                }

                collected.Add(error);
            });
            if (collected.Count == 0)
            {
                return coerced;
            }
        }
        catch (GraphQLError tooMany)
        {
            collected.Add(tooMany);
        }

        errors = collected;
        return null;
    }

    private static Dictionary<string, object?> CoerceAll(
        GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?> inputs,
        bool hideSuggestions,
        Action<GraphQLError> onError)
    {
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst.Convert(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                onError(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                    definition.Type));
                continue;
            }

            if (!inputs.TryGetValue(name, out var value) || IsUndefined(value))
            {
                if (definition.DefaultValue is not null)
                {
                    if (ValueFromAst.TryConvert(definition.DefaultValue, type, null, out var defaultValue))
                    {
                        coerced[name] = defaultValue;
                    }
                }
                else if (type.Kind == TypeKind.NonNull)
                {
                    onError(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }

                continue;
            }

            if (InputValues.IsNull(value) && type.Kind == TypeKind.NonNull)
            {
                onError(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                continue;
            }

            coerced[name] = CoerceInputValue.Coerce(
                value,
                type,
                (path, invalidValue, error) =>
                {
                    var prefix = $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalidValue)}";
                    if (path.Count > 0)
                    {
                        prefix += $" at \"{name}{InputValues.PrintPath(path)}\"";
                    }

                    onError(new GraphQLError(prefix + "; " + error.Message, [definition], originalError: error));
                },
                hideSuggestions);
        }

        return coerced;
    }

    private static bool IsUndefined(object? value) =>
        value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Undefined };
}
