using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Rules;

/// <summary>
/// What the rules need to know of the graph already stored. A store answers from inside its write transaction,
/// or from a snapshot it fetched in one round trip.
/// </summary>
public interface IGraphLookup
{
    /// <summary>The actor with this id, or the actor it was merged into; null when unknown.</summary>
    Actor? FindActor(string id);

    /// <summary>True when <paramref name="id"/> was merged into another actor.</summary>
    bool IsMergedAway(string id);

    Article? FindArticle(string id);

    Tie? FindTie(string id);
}
