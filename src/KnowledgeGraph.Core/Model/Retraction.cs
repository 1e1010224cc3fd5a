namespace KnowledgeGraph.Core.Model;

/// <summary>Why, when and by whom a tie was withdrawn. Retracted ties are kept for the record.</summary>
public sealed record Retraction(string Reason, string By, DateTimeOffset At);
