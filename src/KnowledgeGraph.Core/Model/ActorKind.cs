namespace KnowledgeGraph.Core.Model;

/// <summary>What sort of real-world entity an actor is. graph-schema/README.md says what each covers.</summary>
public enum ActorKind
{
    /// <summary>Armed groups, militias, parties with armed wings, coalitions of factions.</summary>
    Faction,

    /// <summary>A named individual.</summary>
    Person,

    /// <summary>States, governments, ministries, parliaments, state armed and security forces and agencies.</summary>
    Government,
}
