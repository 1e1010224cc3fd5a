namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>A failure reported by the Neo4j server or met while talking to it.</summary>
/// <remarks>Messages never contain the password or the parameter values of the request.</remarks>
public class Neo4jException : Exception
{
    /// <summary>Initializes a failure without a message.</summary>
    public Neo4jException()
    {
    }

    /// <summary>Initializes a failure with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public Neo4jException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a failure with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public Neo4jException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a failure the server reported with a Neo4j status code.</summary>
    /// <param name="code">The Neo4j status code, such as <c>Neo.ClientError.Statement.SyntaxError</c>.</param>
    /// <param name="message">The server's message.</param>
    public Neo4jException(string code, string message)
        : base($"{code}: {message}")
    {
        Code = code;
        Classification = Classify(code);
    }

    /// <summary>Initializes a failure without a status code but of a known class.</summary>
    /// <param name="classification">The class of the failure.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public Neo4jException(Neo4jErrorClassification classification, string message, Exception? innerException)
        : base(message, innerException)
    {
        Classification = classification;
    }

    /// <summary>Gets the Neo4j status code, or <see langword="null"/> when the failure did not come from the server.</summary>
    public string? Code { get; }

    /// <summary>Gets the class of the failure.</summary>
    public Neo4jErrorClassification Classification { get; }

    /// <summary>Gets a value indicating whether trying the same request again may succeed.</summary>
    public bool IsTransient => Classification == Neo4jErrorClassification.TransientError;

    private static Neo4jErrorClassification Classify(string code) => code switch
    {
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => Neo4jErrorClassification.ClientError,
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => Neo4jErrorClassification.TransientError,
        _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => Neo4jErrorClassification.DatabaseError,
        _ => Neo4jErrorClassification.Unknown,
    };
}
