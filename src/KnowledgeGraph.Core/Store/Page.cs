namespace KnowledgeGraph.Core.Store;

/// <summary>A page of results in keyset order, with the total number of matches.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasMore, int TotalCount);
