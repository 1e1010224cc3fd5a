using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>One edge of an export: a single report (<see cref="ReportEdge"/>) or a whole relation (<see cref="RelationEdge"/>).</summary>
internal abstract record ExportEdge(string Id, string Source, TieType Type, string Target)
{
    /// <value>False for MET_WITH, the one symmetric type; its ends are in id order.</value>
    public bool Directed => Type != TieType.MetWith;

    /// <value>The hull of the time the edge is present, or null when it has no bounds.</value>
    public abstract DayInterval? Time { get; }
}
