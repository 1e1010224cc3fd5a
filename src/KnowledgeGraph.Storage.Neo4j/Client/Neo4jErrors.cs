using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>Turns the <c>errors</c> array of a Neo4j response into an exception that keeps the status code.</summary>
internal static class Neo4jErrors
{
    private static readonly HashSet<string> AuthenticationCodes = new(StringComparer.Ordinal)
    {
        "Neo.ClientError.Security.Unauthorized",
        "Neo.ClientError.Security.AuthenticationRateLimit",
        "Neo.ClientError.Security.CredentialsExpired",
    };

    /// <summary>Builds the exception for the first error, noting how many more there were.</summary>
    /// <param name="errors">A non-empty array of <c>{"code", "message"}</c> objects.</param>
    /// <param name="user">The user the client authenticated as, named in authentication failures.</param>
    /// <param name="refusedAccess">Whether the HTTP status was 401 or 403, which always means the credentials were refused.</param>
    public static Neo4jException ToException(JsonElement errors, string? user, bool refusedAccess)
    {
        var first = errors[0];
        var code = ReadString(first, "code");
        var message = ReadString(first, "message") ?? "(no message)";
        var others = errors.GetArrayLength() - 1;
        if (others > 0)
        {
            message += others == 1 ? " (and 1 more error)" : $" (and {others} more errors)";
        }

        if (code is null)
        {
            return new Neo4jException(Neo4jErrorClassification.Unknown, message, null);
        }

        return refusedAccess || AuthenticationCodes.Contains(code)
            ? new Neo4jAuthenticationException(user, code, message)
            : new Neo4jException(code, message);
    }

    private static string? ReadString(JsonElement error, string property) =>
        error.ValueKind == JsonValueKind.Object
        && error.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
