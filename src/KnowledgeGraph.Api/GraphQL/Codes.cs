namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The <c>extensions.code</c> values the API gives its own errors (domain rule codes come from Core).</summary>
internal static class Codes
{
    public static readonly IReadOnlyDictionary<string, object?> BadUserInput = new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" };

    public static readonly IReadOnlyDictionary<string, object?> NotFound = new Dictionary<string, object?> { ["code"] = "NOT_FOUND" };
}
