namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Limits of the <c>/graphql</c> endpoint, bound from <c>KnowledgeGraph:GraphQL</c>.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "KnowledgeGraph:GraphQL";

    /// <value>The deepest field nesting a query may have. The default is 15 (GraphiQL's introspection query needs 14).</value>
    public int MaxDepth { get; set; } = 15;

    /// <value>The highest cost (fields, times list page sizes) a query may have. The default is 20,000.</value>
    public int MaxCost { get; set; } = 20_000;

    /// <value>The most tokens a document may have. The default is 10,000.</value>
    public int MaxTokens { get; set; } = 10_000;

    /// <value>The longest document, in characters. The default is 100,000.</value>
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <value>The largest request body, in bytes (import documents travel in it). The default is 10 MiB.</value>
    public long MaxRequestBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <value>How long a request may run before it is cut off with 504. The default is 30 seconds.</value>
    public int RequestTimeoutSeconds { get; set; } = 30;
}
