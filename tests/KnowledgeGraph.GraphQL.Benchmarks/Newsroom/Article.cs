namespace KnowledgeGraph.GraphQL.Benchmarks.Newsroom;

/// <summary>A published article that reports ties.</summary>
internal sealed class Article
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Publisher { get; init; }

    public required string Url { get; init; }

    public string? PublishedOn { get; init; }

    public required string Language { get; init; }

    public int WordCount { get; init; }

    public string? Summary { get; init; }

    public string? Byline { get; init; }

    public bool Paywalled { get; init; }
}
