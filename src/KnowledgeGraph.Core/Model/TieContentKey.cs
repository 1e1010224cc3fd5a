namespace KnowledgeGraph.Core.Model;

/// <summary>What makes two tie reports identical, whatever their ids.</summary>
public readonly record struct TieContentKey(TieType Type, string Source, string Target, string Article, PartialDate Date, string Evidence);
