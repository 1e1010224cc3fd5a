namespace KnowledgeGraph.Core.Export;

/// <summary>Which part of the graph an export covers.</summary>
public enum ExportScope
{
    /// <summary>Every actor and every live tie.</summary>
    WholeGraph,

    /// <summary>The actors within a few hops of some seed actors and the ties among them.</summary>
    Neighbourhood,

    /// <summary>The ties some articles report and the actors they link.</summary>
    Articles,
}
