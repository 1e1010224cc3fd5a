namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>A matched actor, the index of the name that matched best, and that match's rank.</summary>
internal readonly record struct SearchHit(int Actor, int Name, int Rank);
