namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The span of source text a node was parsed from.</summary>
/// <param name="start">The character offset of the node's first token.</param>
/// <param name="end">The character offset just past the node's last token.</param>
/// <param name="source">The source the offsets refer to.</param>
public sealed class Location(int start, int end, Source source)
{
    /// <summary>The character offset of the node's first token.</summary>
    public int Start { get; } = start;

    /// <summary>The character offset just past the node's last token.</summary>
    public int End { get; } = end;

    /// <summary>The source the offsets refer to.</summary>
    public Source Source { get; } = source;
}
