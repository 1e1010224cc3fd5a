namespace KnowledgeGraph.Core.Export;

/// <summary>What one edge of an export stands for.</summary>
public enum EdgeMode
{
    /// <summary>One edge per tie: each report keeps its own date, evidence and article.</summary>
    Reports,

    /// <summary>
    /// One edge per (source, type, target): weight = the number of reports, with the first and last dates, the
    /// report ids and the articles behind it.
    /// </summary>
    Relations,
}
