namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>The server refused the configured credentials, or demands a password change first.</summary>
/// <remarks>The message names the user but never contains the password.</remarks>
public sealed class Neo4jAuthenticationException : Neo4jException
{
    /// <summary>Initializes a refusal without a message.</summary>
    public Neo4jAuthenticationException()
    {
    }

    /// <summary>Initializes a refusal with a message.</summary>
    /// <param name="message">What the server refused.</param>
    public Neo4jAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a refusal with a message and its cause.</summary>
    /// <param name="message">What the server refused.</param>
    /// <param name="innerException">The cause.</param>
    public Neo4jAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a refusal the server reported with a Neo4j status code.</summary>
    /// <param name="user">The user the client authenticated as, or <see langword="null"/> when it sent no credentials.</param>
    /// <param name="code">The Neo4j status code, such as <c>Neo.ClientError.Security.Unauthorized</c>.</param>
    /// <param name="message">The server's message.</param>
    public Neo4jAuthenticationException(string? user, string code, string message)
        : base(code, user is null
            ? $"the Neo4j server requires credentials and none are configured ({message})"
            : $"the Neo4j server refused user '{user}' ({message})")
    {
    }
}
