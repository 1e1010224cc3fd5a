namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>The class of a Neo4j status code, which says whether trying again can help.</summary>
public enum Neo4jErrorClassification
{
    /// <summary>The failure has no Neo4j status code or one of an unknown class.</summary>
    Unknown,

    /// <summary>The request was wrong (<c>Neo.ClientError.*</c>); sending it again fails again.</summary>
    ClientError,

    /// <summary>The server could not serve the request right now (<c>Neo.TransientError.*</c>, or it was unreachable); trying again may succeed.</summary>
    TransientError,

    /// <summary>The server failed internally (<c>Neo.DatabaseError.*</c>).</summary>
    DatabaseError,
}
