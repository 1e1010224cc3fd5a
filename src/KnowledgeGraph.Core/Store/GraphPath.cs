using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Store;

/// <summary>
/// One shortest path: the actors along it, and for each hop every tie (passing the filter) that links the two.
/// </summary>
public sealed record GraphPath(IReadOnlyList<string> ActorIds, IReadOnlyList<IReadOnlyList<Tie>> Hops)
{
    public int Length => Hops.Count;
}
