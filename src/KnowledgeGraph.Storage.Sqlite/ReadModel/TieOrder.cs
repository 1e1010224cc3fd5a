namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>An actor's ties in list order, and how many of them are not retracted.</summary>
internal sealed record TieOrder(int[] Ties, int LiveCount);
