namespace KnowledgeGraph.GraphQL.Benchmarks.Newsroom;

/// <summary>A political or armed actor of the newsroom data; properties are read by the default resolver.</summary>
internal sealed class Actor
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Kind { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    public string? Founded { get; init; }

    public string? Website { get; init; }

    public required IReadOnlyList<string> Links { get; init; }

    public List<Tie> Ties { get; } = [];
}
