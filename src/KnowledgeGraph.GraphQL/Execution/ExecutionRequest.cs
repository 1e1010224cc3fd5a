using System.Text.Json;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>What to execute: a parsed (and validated) document with the request's inputs.</summary>
public sealed class ExecutionRequest
{
    /// <summary>The document; it must have passed validation.</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>The operation to run; required when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>The raw variable values by name; values may be <see cref="JsonElement"/>s, dictionaries, lists or CLR primitives.</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The value root fields resolve against.</summary>
    public object? RootValue { get; init; }

    /// <summary>A value every resolver can read (graphql-js's <c>contextValue</c>): the user, request-scoped state.</summary>
    public object? UserContext { get; init; }

    /// <summary>The request's services, passed on to resolvers.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Whether "Did you mean" suggestions are left out of variable errors. <value>The default is false.</value></summary>
    public bool HideSuggestions { get; init; }

    /// <summary>How many variable errors are reported before giving up. <value>The default is 50, as in graphql-js.</value></summary>
    public int MaxCoercionErrors { get; init; } = 50;

    /// <summary>Reads a JSON object of variables (a GraphQL-over-HTTP <c>variables</c> member); null and absent give none.</summary>
    /// <exception cref="ArgumentException">When the JSON is neither an object nor null.</exception>
    public static IReadOnlyDictionary<string, object?>? VariablesFromJson(JsonElement variables)
    {
        switch (variables.ValueKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                var values = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in variables.EnumerateObject())
                {
                    values[property.Name] = property.Value;
                }

                return values;
            default:
                throw new ArgumentException(
                    "Variables must be provided as an Object where each property is a variable value. Perhaps look to see if an unparsed JSON string was provided.",
                    nameof(variables));
        }
    }
}
