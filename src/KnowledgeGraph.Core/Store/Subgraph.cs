using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Store;

/// <summary>A set of actors and the ties among them.</summary>
/// <param name="Actors">The actors, seeds first.</param>
/// <param name="Ties">The ties among them.</param>
/// <param name="Truncated">True when the node cap stopped the walk before it was complete.</param>
public sealed record Subgraph(IReadOnlyList<Actor> Actors, IReadOnlyList<Tie> Ties, bool Truncated);
