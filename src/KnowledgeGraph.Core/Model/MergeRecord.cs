namespace KnowledgeGraph.Core.Model;

/// <summary>The audit entry for merging <see cref="MergedId"/> into <see cref="KeptId"/>.</summary>
public sealed record MergeRecord(string KeptId, string MergedId, string By, DateTimeOffset At, string Reason);
