using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.GraphQL.Views;

/// <summary>A subgraph for graph views: actors as nodes, ties both as reports and folded into relations.</summary>
internal sealed record SubgraphView(IReadOnlyList<Actor> Nodes, IReadOnlyList<Relation> Relations, IReadOnlyList<Tie> Ties, bool Truncated);
