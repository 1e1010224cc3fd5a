namespace KnowledgeGraph.Core.Model;

/// <summary>A faction, person or government, with every spelling of its name met in a source.</summary>
public sealed record Actor
{
    /// <value>Stable slug such as <c>kataib-hezbollah</c>.</value>
    public required string Id { get; init; }

    public required ActorKind Kind { get; init; }

    /// <value>The display name.</value>
    public required string Name { get; init; }

    /// <value>Every spelling met in a source, the display name included.</value>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Description { get; init; }

    /// <value>A Wikidata item id such as <c>Q123</c>, when known for certain.</value>
    public string? Wikidata { get; init; }
}
