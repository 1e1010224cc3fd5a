namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The three kinds of operation.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch (<c>query</c>).</summary>
    Query,

    /// <summary>A write followed by a fetch (<c>mutation</c>).</summary>
    Mutation,

    /// <summary>A long-lived request that yields events (<c>subscription</c>).</summary>
    Subscription,
}
