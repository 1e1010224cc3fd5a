using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>Receives one input coercion error: where it is in the value, the offending value and the error.</summary>
public delegate void InputCoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

/// <summary>
/// graphql-js's <c>coerceInputValue</c>: turns a raw input (a variable's value, from JSON or C#
/// dictionaries and lists) into the internal value of an input type, reporting each problem to a handler.
/// </summary>
public static class CoerceInputValue
{
    /// <summary>
    /// How deeply a value may nest inside lists and input objects: a recursive input type lets a value
    /// nest as deep as its JSON, and coercion recurses along it. The parser's default nesting limit.
    /// </summary>
    private const int MaxDepth = Language.ParseOptions.DefaultMaxNestingDepth;

    /// <summary>Coerces <paramref name="inputValue"/>; errors go to <paramref name="onError"/> and the result is then unusable.</summary>
    public static object? Coerce(
        object? inputValue,
        GraphQLType type,
        InputCoercionErrorHandler onError,
        bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        return CoerceImpl(inputValue, type, onError, [], hideSuggestions);
    }

    private static object? CoerceImpl(
        object? inputValue,
        GraphQLType type,
        InputCoercionErrorHandler onError,
        List<object> path,
        bool hideSuggestions)
    {
        if (path.Count > MaxDepth)
        {
            onError([.. path], inputValue, new GraphQLError($"Value is nested more than {MaxDepth} levels deep."));
            return null;
        }

        if (type is GraphQLNonNull nonNull)
        {
            if (!InputValues.IsNull(inputValue))
            {
                return CoerceImpl(inputValue, nonNull.OfType, onError, path, hideSuggestions);
            }

            onError([.. path], inputValue, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (InputValues.IsNull(inputValue))
        {
            return null;
        }

        switch (type)
        {
            case GraphQLList list:
                return CoerceList(inputValue!, list.OfType, onError, path, hideSuggestions);
            case GraphQLInputObjectType input:
                return CoerceInputObject(inputValue!, input, onError, path, hideSuggestions);
            default:
                return CoerceLeaf(inputValue!, type, onError, path, hideSuggestions);
        }
    }

    private static object?[] CoerceList(
        object inputValue,
        GraphQLType itemType,
        InputCoercionErrorHandler onError,
        List<object> path,
        bool hideSuggestions)
    {
        if (!InputValues.IsList(inputValue))
        {
            // A single value is accepted as a list of one.
            return [CoerceImpl(inputValue, itemType, onError, path, hideSuggestions)];
        }

        var items = new List<object?>();
        var index = 0;
        foreach (var item in InputValues.Items(inputValue))
        {
            path.Add(index++);
            items.Add(CoerceImpl(item, itemType, onError, path, hideSuggestions));
            path.RemoveAt(path.Count - 1);
        }

        return [.. items];
    }

    private static Dictionary<string, object?>? CoerceInputObject(
        object inputValue,
        GraphQLInputObjectType type,
        InputCoercionErrorHandler onError,
        List<object> path,
        bool hideSuggestions)
    {
        if (!InputValues.IsObject(inputValue))
        {
            onError([.. path], inputValue, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!InputValues.TryGetEntry(inputValue, field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type.Kind == TypeKind.NonNull)
                {
                    onError(
                        [.. path],
                        inputValue,
                        new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = CoerceImpl(fieldValue, field.Type, onError, path, hideSuggestions);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var fieldName in InputValues.Keys(inputValue))
        {
            if (!type.Fields.ContainsKey(fieldName))
            {
                var suggestions = hideSuggestions ? [] : SuggestionList.Suggest(fieldName, type.Fields.Keys);
                onError(
                    [.. path],
                    inputValue,
                    new GraphQLError($"Field \"{fieldName}\" is not defined by type \"{type.Name}\"." + SuggestionList.DidYouMean(suggestions)));
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(type, coerced, inputValue, onError, path);
        }

        return coerced;
    }

    private static void CheckOneOf(
        GraphQLInputObjectType type,
        Dictionary<string, object?> coerced,
        object inputValue,
        InputCoercionErrorHandler onError,
        List<object> path)
    {
        if (coerced.Count != 1)
        {
            onError([.. path], inputValue, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
        }

        // graphql-js goes on with the first key even after the count error.
        if (coerced.Count > 0)
        {
            var (key, value) = coerced.First();
            if (value is null)
            {
                onError([.. path, key], null, new GraphQLError($"Field \"{key}\" must be non-null."));
            }
        }
    }

    private static object? CoerceLeaf(
        object inputValue,
        GraphQLType type,
        InputCoercionErrorHandler onError,
        List<object> path,
        bool hideSuggestions)
    {
        var namedType = (GraphQLNamedType)type;
        try
        {
            return type switch
            {
                GraphQLEnumType enumType => enumType.ParseValue(inputValue, hideSuggestions),
                GraphQLScalarType scalar => scalar.ParseValue(inputValue),
                _ => throw new System.Diagnostics.UnreachableException($"Unexpected input type: {type}."),
            };
        }
        catch (GraphQLError error)
        {
            onError([.. path], inputValue, error);
        }
        catch (Exception error) when (error is not System.Diagnostics.UnreachableException)
        {
            onError(
                [.. path],
                inputValue,
                new GraphQLError($"Expected type \"{namedType.Name}\". " + error.Message, error));
        }

        return null;
    }
}
