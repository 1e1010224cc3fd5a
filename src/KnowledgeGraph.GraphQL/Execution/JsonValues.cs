using System.Text.Json;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Lets JSON documents serve as resolved values: primitives are unwrapped, arrays and objects stay elements.</summary>
internal static class JsonValues
{
    /// <summary>A JSON primitive as a CLR value (numbers as doubles, as in JavaScript); arrays and objects unchanged.</summary>
    public static object? Unwrap(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => Utilities.JsonStrings.Read(element),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => JsValue.True,
        JsonValueKind.False => JsValue.False,
        _ => element,
    };
}
