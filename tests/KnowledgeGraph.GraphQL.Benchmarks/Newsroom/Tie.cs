namespace KnowledgeGraph.GraphQL.Benchmarks.Newsroom;

/// <summary>A relation between two actors, as an article reports it.</summary>
internal sealed class Tie
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public string? Date { get; init; }

    public string? Evidence { get; init; }

    public double? Confidence { get; init; }

    public Article? Article { get; init; }

    public required Actor Source { get; init; }

    public required Actor Target { get; init; }
}
