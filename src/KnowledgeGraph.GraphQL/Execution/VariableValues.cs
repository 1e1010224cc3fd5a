using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// graphql-js's <c>getVariableValues</c>: coerces the request's raw variables against the operation's
/// definitions, whose types the caller resolved once (<see cref="TypesOf"/>). One instance serves one
/// request, so reporting an error needs no closure per variable.
/// </summary>
internal sealed class VariableValues
{
    private readonly int _maxErrors;
    private readonly InputCoercionErrorHandler _onInvalid;
    private List<GraphQLError>? _errors;
    private VariableDefinitionNode? _current;

    private VariableValues(int maxErrors)
    {
        _maxErrors = maxErrors;
        _onInvalid = OnInvalid;
    }

    /// <summary>The type of each variable definition in <paramref name="schema"/>, null where it names no type.</summary>
    public static GraphQLType?[] TypesOf(GraphQLSchema schema, IReadOnlyList<VariableDefinitionNode> definitions)
    {
        var types = new GraphQLType?[definitions.Count];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = TypeFromAst.Convert(schema, definitions[i].Type);
        }

        return types;
    }

    /// <summary>The coerced values, or null with <paramref name="errors"/> set when any variable is invalid.</summary>
    public static IReadOnlyDictionary<string, object?>? Coerce(
        IReadOnlyList<VariableDefinitionNode> definitions,
        GraphQLType?[] types,
        IReadOnlyDictionary<string, object?> inputs,
        int maxErrors,
        bool hideSuggestions,
        out List<GraphQLError>? errors)
    {
        errors = null;
        if (definitions.Count == 0)
        {
            return NamedValues.Empty;
        }

        var coercion = new VariableValues(maxErrors);
        try
        {
            var coerced = coercion.CoerceAll(definitions, types, inputs, hideSuggestions);
            if (coercion._errors is null)
            {
                return coerced;
            }
        }
        catch (TooManyErrors)
        {
            coercion._errors!.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }

        errors = coercion._errors;
        return null;
    }

    private NamedValues CoerceAll(
        IReadOnlyList<VariableDefinitionNode> definitions,
        GraphQLType?[] types,
        IReadOnlyDictionary<string, object?> inputs,
        bool hideSuggestions)
    {
        var coerced = new NamedValues(definitions.Count);
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            var type = types[i];
            var name = definition.Variable.Name.Value;
            if (type is null || !type.IsInputType())
            {
                Report(new GraphQLError(
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
                        coerced.Set(name, defaultValue);
                    }
                }
                else if (type.Kind == TypeKind.NonNull)
                {
                    Report(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }

                continue;
            }

            if (InputValues.IsNull(value) && type.Kind == TypeKind.NonNull)
            {
                Report(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                continue;
            }

            _current = definition;
            coerced.Set(name, CoerceInputValue.Coerce(value, type, _onInvalid, hideSuggestions));
        }

        return coerced;
    }

    private void OnInvalid(IReadOnlyList<object> path, object? invalidValue, GraphQLError error)
    {
        var definition = _current!;
        var name = definition.Variable.Name.Value;
        var prefix = $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalidValue)}";
        if (path.Count > 0)
        {
            prefix += $" at \"{name}{InputValues.PrintPath(path)}\"";
        }

        Report(new GraphQLError(prefix + "; " + error.Message, [definition], originalError: error));
    }

    private void Report(GraphQLError error)
    {
        _errors ??= [];
        if (_errors.Count >= _maxErrors)
        {
            throw new TooManyErrors();
        }

        _errors.Add(error);
    }

    private static bool IsUndefined(object? value) =>
        value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Undefined };

    /// <summary>Stops coercion once <see cref="ExecutionRequest.MaxCoercionErrors"/> errors were reported, as graphql-js does.</summary>
    private sealed class TooManyErrors : Exception
    {
    }
}
