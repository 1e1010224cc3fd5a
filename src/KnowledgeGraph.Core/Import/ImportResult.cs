namespace KnowledgeGraph.Core.Import;

/// <summary>What an import changed. "Unchanged" rows were already stored exactly so.</summary>
public sealed record ImportResult(
    int ArticlesAdded,
    int ArticlesUnchanged,
    int ActorsWritten,
    int TiesAdded,
    int TiesUnchanged,
    int MergesRecorded);
