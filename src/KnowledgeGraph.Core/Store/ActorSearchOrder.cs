namespace KnowledgeGraph.Core.Store;

/// <summary>How a search orders its hits.</summary>
public enum ActorSearchOrder
{
    /// <summary>Best match first (exact, first word, later word), then by name.</summary>
    Relevance,

    /// <summary>By normalised display name, then id, whatever the match.</summary>
    Name,
}
