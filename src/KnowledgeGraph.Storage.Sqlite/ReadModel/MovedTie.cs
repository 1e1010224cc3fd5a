namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>A tie's new ends after a merge, and whether the merge retracted it.</summary>
internal readonly record struct MovedTie(int Tie, int Source, int Target, bool Retracted);
