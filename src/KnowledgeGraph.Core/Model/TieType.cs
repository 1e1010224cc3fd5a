namespace KnowledgeGraph.Core.Model;

/// <summary>The relations the graph records. Each tie is one report of one of these.</summary>
public enum TieType
{
    /// <summary>A person heads a body (source must be a <see cref="ActorKind.Person"/>).</summary>
    Leads,

    /// <summary>A member, ally, part or client of a group, government or backer.</summary>
    AffiliatedWith,

    /// <summary>A meeting; symmetric, stored once and found from either side.</summary>
    MetWith,

    /// <summary>An attack by the source on the target.</summary>
    Attacked,
}
