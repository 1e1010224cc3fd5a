namespace KnowledgeGraph.Core.Store;

/// <summary>Which ties of an actor a read follows. Symmetric ties (MET_WITH) match every direction.</summary>
public enum TieDirection
{
    /// <summary>Ties the actor is the source of.</summary>
    Out,

    /// <summary>Ties the actor is the target of.</summary>
    In,

    /// <summary>Both.</summary>
    Both,
}
