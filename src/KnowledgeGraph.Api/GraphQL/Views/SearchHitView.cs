namespace KnowledgeGraph.Api.GraphQL.Views;

/// <summary>A search result: an actor or an article, the text that matched, and its rank (lower is better).</summary>
internal sealed record SearchHitView(int Rank, string Matched, object Target);
